package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk content source keeps every path inside its folder, whatever it is asked. */
class DirectoryContentSourceTest {

    @TempDir
    Path dir;

    private DirectoryContentSource source() {
        return new DirectoryContentSource(dir.resolve("content"));
    }

    private void write(String relativePath, String text) throws IOException {
        Path file = dir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void localesAreTheFoldersWithAGuideSorted() throws IOException {
        write("content/zh-CN/guide.json", "{}");
        write("content/en/guide.json", "{}");
        write("content/fonts/NotoSans-Regular.ttf", "font");
        Files.createDirectories(dir.resolve("content/fr/guide.json"));

        assertEquals(List.of("en", "zh-CN"), source().locales());
    }

    @Test
    void pathOutsideTheFolderDoesNotExistAndCannotBeRead() throws IOException {
        write("secret.svg", "<svg/>");
        write("content/en/guide.json", "{}");

        assertFalse(source().exists("../secret.svg"));
        assertFalse(source().exists("en/../../secret.svg"));
        assertThrows(NoSuchFileException.class, () -> source().read("../secret.svg", 100));
        assertThrows(NoSuchFileException.class, () -> source().size(dir.resolve("secret.svg").toString()));
    }

    @Test
    void folderIsNotAFile() throws IOException {
        write("content/illustrations/x.svg/inside", "");

        assertFalse(source().exists("illustrations/x.svg"));
    }

    @Test
    void fileOverTheLimitIsRefusedWithItsSize() throws IOException {
        write("content/illustrations/big.svg", "x".repeat(101));

        var e = assertThrows(ContentSource.ContentTooLargeException.class,
                () -> source().read("illustrations/big.svg", 100));

        assertEquals(101, e.size());
    }

    @Test
    void fileAtTheLimitIsRead() throws IOException {
        write("content/illustrations/x.svg", "x".repeat(100));

        assertTrue(source().exists("illustrations/x.svg"));
        assertEquals(100, source().size("illustrations/x.svg"));
        assertArrayEquals("x".repeat(100).getBytes(StandardCharsets.UTF_8), source().read("illustrations/x.svg", 100));
    }
}
