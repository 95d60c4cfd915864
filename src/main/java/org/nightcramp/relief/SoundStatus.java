package org.nightcramp.relief;

/** Whether the cues can be heard. */
public enum SoundStatus {
    /** Not tried yet: the sound device is opened when a routine starts. */
    UNKNOWN,
    AVAILABLE,
    /** No device, or it could not be opened: cues are visual only. */
    UNAVAILABLE
}
