package org.gdlab.core.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Saves and opens scenario files ({@link ScenarioJson}). Saving is atomic ({@link AtomicFiles}); opening
 * checks the size before reading anything and refuses every bad file with a {@link ScenarioException}, so a
 * caller that only replaces its scenario on success never loses what is on screen.
 */
public final class ScenarioFiles {

    /** The usual file name extension. */
    public static final String EXTENSION = ".gdlab.json";

    private ScenarioFiles() {
    }

    /**
     * Writes the scenario to {@code file} atomically: either the whole new file is there afterwards, or
     * (on an exception) the old one is untouched.
     */
    public static void save(Scenario scenario, Path file) throws IOException {
        AtomicFiles.write(file, ScenarioJson.writeBytes(scenario));
    }

    /**
     * @return the scenario in {@code file}
     * @throws ScenarioException when the file cannot be read, is larger than {@link ScenarioJson#MAX_BYTES}
     *     (checked before reading), is not UTF-8 or not a valid scenario; the message names the file's
     *     problem (the caller adds the file name)
     */
    public static Scenario open(Path file) throws ScenarioException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > ScenarioJson.MAX_BYTES) {
                throw new ScenarioException("the file is too large (" + size + " bytes; a scenario has at most "
                        + ScenarioJson.MAX_BYTES + " bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException("no such file", e);
        } catch (IOException e) {
            throw new ScenarioException("cannot read the file: " + e.getMessage(), e);
        }
        if (bytes.length > ScenarioJson.MAX_BYTES) { // it grew between the check and the read
            throw new ScenarioException("the file is too large (more than " + ScenarioJson.MAX_BYTES + " bytes)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException("not a text file (not valid UTF-8): a scenario is JSON text", e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return ScenarioJson.read(text, folder);
    }
}
