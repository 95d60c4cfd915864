package org.nightcramp.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The content built into the app, packaged under {@code /content} in the jar. */
public final class ClasspathContentSource implements ContentSource {

    private static final String ROOT = "content/";

    @Override
    public String label() {
        return "built-in content";
    }

    /** The jar's own content: {@code BundledContentTest} checks all of it before the jar is made. */
    @Override
    public boolean checkedByTheBuild() {
        return true;
    }

    @Override
    public List<String> locales() throws IOException {
        URL url = resource("");
        if (url == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Collections.list(jar.entries()).forEach(e -> {
                    String name = e.getName();
                    if (name.startsWith(ROOT) && name.endsWith("/" + ContentPaths.GUIDE_FILE)) {
                        String middle = name.substring(ROOT.length(), name.lastIndexOf('/'));
                        if (!middle.contains("/")) {
                            found.add(middle);
                        }
                    }
                });
            }
        } else {
            try (Stream<Path> children = Files.list(Path.of(url.toURI()))) {
                children.filter(p -> Files.isRegularFile(p.resolve(ContentPaths.GUIDE_FILE)))
                        .forEach(p -> found.add(p.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException("Cannot list " + url, e);
            }
        }
        Collections.sort(found);
        return List.copyOf(found);
    }

    @Override
    public boolean exists(String relativePath) {
        return resource(relativePath) != null;
    }

    @Override
    public long size(String relativePath) throws IOException {
        URL url = require(relativePath);
        long length = url.openConnection().getContentLengthLong();
        return length >= 0 ? length : read(relativePath, Long.MAX_VALUE - 1).length;
    }

    @Override
    public byte[] read(String relativePath, long maxBytes) throws IOException {
        try (InputStream in = require(relativePath).openStream()) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (data.length > maxBytes) {
                throw new ContentTooLargeException(relativePath, data.length);
            }
            return data;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private URL require(String relativePath) throws IOException {
        URL url = resource(relativePath);
        if (url == null) {
            throw new NoSuchFileException(relativePath);
        }
        return url;
    }

    private static URL resource(String relativePath) {
        return ClasspathContentSource.class.getClassLoader().getResource(ROOT + relativePath);
    }
}
