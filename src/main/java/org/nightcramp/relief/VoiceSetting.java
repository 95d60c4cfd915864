package org.nightcramp.relief;

/**
 * Whether the routine speaks its steps, kept in {@code voice.json}. Off until the person turns
 * it on: words out loud at night should never come as a surprise.
 */
public record VoiceSetting(int schema, boolean on) {

    public static final int SCHEMA = 1;
    public static final String FILE_NAME = "voice.json";
    /** The file is under 100 bytes. */
    static final long MAX_BYTES = 64 * 1024;

    public static VoiceSetting defaults() {
        return new VoiceSetting(SCHEMA, false);
    }

    public VoiceSetting withOn(boolean voice) {
        return new VoiceSetting(schema, voice);
    }
}
