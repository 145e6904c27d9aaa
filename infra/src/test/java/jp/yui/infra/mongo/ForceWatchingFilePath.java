package jp.yui.infra.mongo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system over the disk that watches what reaches the device: a file opened as
 * {@code "forcewatch:" + path} counts its writes and its forces, and knows whether every completed write is
 * covered by a force that began after it. Reading the file back cannot tell this: the page cache answers either way.
 */
public final class ForceWatchingFilePath extends FilePathWrapper {

    static final String PREFIX = "forcewatch:";

    /** What one file has seen. */
    static final class Device {
        private final AtomicLong writes = new AtomicLong();
        private final AtomicLong forcedWrites = new AtomicLong();
        private final AtomicLong forces = new AtomicLong();

        long forces() {
            return forces.get();
        }

        long writes() {
            return writes.get();
        }

        /** Writes that completed and were not covered by a later force: lost if the power fails now. */
        long unforcedWrites() {
            return writes.get() - forcedWrites.get();
        }
    }

    private static final Map<String, Device> DEVICES = new ConcurrentHashMap<>();

    static {
        FilePath.register(new ForceWatchingFilePath());
    }

    /** Registers the file system; pass the result to the store as its file system prefix. */
    static String prefix() {
        return PREFIX;
    }

    static Device device(Path file) {
        return DEVICES.computeIfAbsent(PREFIX + file.toAbsolutePath(), n -> new Device());
    }

    @Override
    public String getScheme() {
        return "forcewatch";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Watched(super.open(mode), DEVICES.computeIfAbsent(name, n -> new Device()));
    }

    private static final class Watched extends FileBase {
        private final FileChannel channel;
        private final Device device;

        Watched(FileChannel channel, Device device) {
            this.channel = channel;
            this.device = device;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return channel.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int written = channel.write(src);
            device.writes.incrementAndGet();
            return written;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            int written = channel.write(src, position);
            device.writes.incrementAndGet();
            return written;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            // Only writes completed before the force began are surely on the device after it.
            long covered = device.writes.get();
            channel.force(metaData);
            device.forces.incrementAndGet();
            device.forcedWrites.accumulateAndGet(covered, Math::max);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            device.writes.incrementAndGet();
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
