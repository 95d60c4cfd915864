package org.nightcramp.relief.speech;

/** Whether the routine's words can be spoken in a language on this computer. */
public enum VoiceStatus {
    /** Not looked for yet: the speech programs are asked when the voice is first wanted. */
    UNKNOWN,
    AVAILABLE,
    /** No speech program, or none with a voice for the language: tones only. */
    UNAVAILABLE
}
