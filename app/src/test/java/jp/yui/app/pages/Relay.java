package jp.yui.app.pages;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay between the browser and the service that the test cuts for real: open connections are closed and
 * new ones refused until it is restored.
 */
final class Relay implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "relay");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean cut;

    Relay(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0);
        threads.submit(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    void cut() {
        cut = true;
        open.forEach(Relay::quietlyClose);
        open.clear();
    }

    void restore() {
        cut = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    quietlyClose(client);
                    continue;
                }
                Socket upstream = new Socket("localhost", target);
                open.add(client);
                open.add(upstream);
                threads.submit(() -> pipe(client, upstream));
                threads.submit(() -> pipe(upstream, client));
            } catch (IOException e) {
                // closed, or the service refused: the browser sees a broken connection
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // a side closed
        } finally {
            quietlyClose(from);
            quietlyClose(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void quietlyClose(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        threads.shutdownNow();
    }
}
