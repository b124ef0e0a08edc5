package org.tashawur.base.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * An answer that stops writing, quietly, once its client has gone away: what is written after
 * that goes nowhere, and an error status can no longer be sent (the answer had started).
 */
final class GoneAwareResponse extends HttpServletResponseWrapper {

    private static final DisconnectedClientHelper CLIENTS = new DisconnectedClientHelper(GoneClients.class.getName());

    private boolean gone;
    private @Nullable ServletOutputStream stream;

    GoneAwareResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new GoneAwareStream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public void flushBuffer() throws IOException {
        unlessGone(super::flushBuffer);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (!gone) {
            super.sendError(status, message);
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        if (!gone) {
            super.sendError(status);
        }
    }

    /** Runs a write unless the client has gone; a failure that says it has just gone is the last. */
    private void unlessGone(Write write) throws IOException {
        if (gone) {
            return;
        }
        try {
            write.run();
        } catch (IOException e) {
            if (!CLIENTS.checkAndLogClientDisconnectedException(e)) {
                throw e;
            }
            gone = true;
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private final class GoneAwareStream extends ServletOutputStream {

        private final ServletOutputStream delegate;

        GoneAwareStream(ServletOutputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(int b) throws IOException {
            unlessGone(() -> delegate.write(b));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            unlessGone(() -> delegate.write(bytes, offset, length));
        }

        @Override
        public void flush() throws IOException {
            unlessGone(delegate::flush);
        }

        @Override
        public void close() throws IOException {
            unlessGone(delegate::close);
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            delegate.setWriteListener(listener);
        }
    }
}
