package org.nightcramp.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.nightcramp.assessment.Answers;
import org.nightcramp.relief.ReliefPreferences;
import org.nightcramp.relief.VoiceSetting;
import org.nightcramp.reminder.ReminderSettings;
import org.nightcramp.storage.AtomicFiles;
import org.nightcramp.storage.StrictJson;

/**
 * For {@code scripts/kill-test.sh}: starts {@link SaveLoop}, kills it with SIGKILL at a random
 * moment while it saves, and checks that every data file and its backup is there and parses
 * strictly, and that no load found anything to set aside; as many times as asked.
 */
public final class KillNineRun {

    private static final Map<String, Class<?>> TYPES = Map.of(
            SaveLoop.FILES[0], Settings.class, SaveLoop.FILES[1], Answers.class,
            SaveLoop.FILES[2], ReliefPreferences.class, SaveLoop.FILES[3], ReminderSettings.class,
            SaveLoop.FILES[4], VoiceSetting.class);

    private KillNineRun() {
    }

    public static void main(String[] args) throws Exception {
        int kills = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        Random random = args.length > 2 ? new Random(Long.parseLong(args[2])) : new Random();
        ObjectMapper mapper = StrictJson.create();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int done = 0;
        for (int n = 1; n <= kills && problems.isEmpty(); n++) {
            int kill = n;
            Process loop = startLoop(dir);
            // Past start-up, at a random moment in the saves: up to 0.4 s, a few hundred saves.
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(400_000)));
            kill9(loop);
            for (String name : SaveLoop.FILES) {
                checked += check(mapper, dir.resolve(name), TYPES.get(name), problems, n);
                checked += check(mapper, AtomicFiles.backupOf(dir.resolve(name)), TYPES.get(name), problems, n);
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().contains(".corrupt-"))
                        .forEach(p -> problems.add("after kill " + kill + ": a load set aside " + p.getFileName()));
            }
            done = n;
            if (n % 50 == 0) {
                System.out.println(n + " kills, " + checked + " files parsed");
            }
        }
        long temps;
        try (Stream<Path> files = Files.list(dir)) {
            temps = files.filter(p -> p.getFileName().toString().contains(".tmp-")).count();
        }
        problems.forEach(System.out::println);
        System.out.printf("kill -9: %d kills of a saving process, %d files parsed after them, %d damaged or missing; "
                + "%d temp files left by interrupted saves%n", done, checked,
                problems.size(), temps);
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static Process startLoop(Path dir) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process loop = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(loop.getInputStream(), UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            throw new IOException("the save loop did not start: " + line);
        }
        return loop;
    }

    private static void kill9(Process loop) throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(loop.pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IOException("kill -9 " + loop.pid() + " failed");
        }
        loop.waitFor();
    }

    /** 1 when the file is there and parses; a missing backup is fine before the second save. */
    private static int check(ObjectMapper mapper, Path file, Class<?> type, List<String> problems, int n) {
        if (!Files.exists(file)) {
            if (!file.toString().endsWith(AtomicFiles.BACKUP_SUFFIX)) {
                problems.add("after kill " + n + ": " + file.getFileName() + " is missing");
            }
            return 0;
        }
        try {
            if (mapper.readValue(Files.readAllBytes(file), type) == null) {
                problems.add("after kill " + n + ": " + file.getFileName() + " holds null");
            }
            return 1;
        } catch (IOException e) {
            problems.add("after kill " + n + ": " + file.getFileName() + " does not parse: " + e.getMessage());
            return 0;
        }
    }
}
