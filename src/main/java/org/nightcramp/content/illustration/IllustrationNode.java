package org.nightcramp.content.illustration;

/** An element of the drawing tree: a group of further nodes, or one coloured shape. */
public sealed interface IllustrationNode permits IllustrationGroup, IllustrationShape {

    /** The element's id, or "" when it has none. */
    String id();

    /** Maps the node's own coordinates into its parent's. */
    Affine transform();
}
