package org.gdlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The standard output cannot take more: the reader went away (a closed pipe, as {@code | head -1} does)
 * or the file system refused the write. Unchecked, so that it leaves a run at once through every writer
 * on the way ({@link java.io.PrintWriter} and Jackson swallow or pass on only {@link IOException}s).
 */
final class OutputClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputClosedException(IOException cause) {
        super(cause.getMessage(), cause, false, false);
    }

    /** @return true when the reader closed the pipe: the run ends quietly with status 0 */
    boolean pipeClosed() {
        String m = getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("pipe");
    }

    /** Wraps a stream so that its failures throw {@link OutputClosedException}. */
    static OutputStream guard(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new OutputClosedException(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new OutputClosedException(e);
                }
            }

            @Override
            public void flush() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new OutputClosedException(e);
                }
            }

            @Override
            public void close() {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new OutputClosedException(e);
                }
            }
        };
    }
}
