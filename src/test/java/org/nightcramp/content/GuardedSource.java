package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A content source that records what is read and fails the test if a forbidden file is read; it
 * can also stand in for the content built into the jar ({@link #asCheckedByTheBuild}).
 */
final class GuardedSource implements ContentSource {

    private final ContentSource delegate;
    private final Set<String> forbidden = new HashSet<>();
    private final List<String> reads = new ArrayList<>();
    private boolean checkedByTheBuild;

    GuardedSource(ContentSource delegate) {
        this.delegate = delegate;
    }

    GuardedSource forbidReading(String relativePath) {
        forbidden.add(relativePath);
        return this;
    }

    /** Says, like the jar's own content, that the build has checked it in full. */
    GuardedSource asCheckedByTheBuild() {
        checkedByTheBuild = true;
        return this;
    }

    List<String> reads() {
        return List.copyOf(reads);
    }

    @Override
    public String label() {
        return delegate.label();
    }

    @Override
    public List<String> locales() throws IOException {
        return delegate.locales();
    }

    @Override
    public boolean exists(String relativePath) {
        return delegate.exists(relativePath);
    }

    @Override
    public long size(String relativePath) throws IOException {
        return delegate.size(relativePath);
    }

    @Override
    public byte[] read(String relativePath, long maxBytes) throws IOException {
        if (forbidden.contains(relativePath)) {
            fail("Read " + relativePath + " although its size is over the limit");
        }
        reads.add(relativePath);
        return delegate.read(relativePath, maxBytes);
    }

    @Override
    public boolean checkedByTheBuild() {
        return checkedByTheBuild;
    }
}
