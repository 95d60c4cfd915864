package org.nightcramp.content.illustration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <g>} (or the root {@code <svg>}). Groups with an id are the parts the relief panel
 * moves; {@code pivot}, in the group's own coordinates, is the point it rotates them about.
 */
public record IllustrationGroup(String id, Affine transform, Optional<Point> pivot,
                                List<IllustrationNode> children) implements IllustrationNode {

    public IllustrationGroup {
        Objects.requireNonNull(id);
        Objects.requireNonNull(transform);
        Objects.requireNonNull(pivot);
        children = List.copyOf(children);
    }

    /** This group, or the first group below it in document order, with the given id. */
    public Optional<IllustrationGroup> find(String groupId) {
        if (id.equals(groupId)) {
            return Optional.of(this);
        }
        for (IllustrationNode child : children) {
            if (child instanceof IllustrationGroup group) {
                Optional<IllustrationGroup> found = group.find(groupId);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
