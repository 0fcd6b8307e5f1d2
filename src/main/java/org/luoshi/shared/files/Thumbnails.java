package org.luoshi.shared.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * A small JPEG of an uploaded photo, stored beside it, so a list of photos on an old phone loads kilobytes rather
 * than a camera's megabytes. Images the JDK cannot decode (WebP), or that claim more pixels than a camera makes (a
 * decompression bomb), get none: the page then shows the file's name instead.
 */
@Component
public class Thumbnails {

    static final int EDGE = 320;
    /** A 50-megapixel camera is the largest honest photo; anything bigger is not decoded at all. */
    private static final long MAX_PIXELS = 60_000_000L;

    private final FileStore files;

    Thumbnails(FileStore files) {
        this.files = files;
    }

    /** Stores a thumbnail of {@code image} (already stored, content as uploaded), if it is a decodable picture. */
    public Optional<StoredFile> of(StoredFile image, byte[] content) {
        if (!image.isImage()) {
            return Optional.empty();
        }
        return scaled(content).map(jpeg -> files.store("thumbnail", "thumb-" + image.filename() + ".jpg", jpeg,
                Set.of(FileType.JPEG)));
    }

    static Optional<byte[]> scaled(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.of(jpeg(shrink(reader.read(0))));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage shrink(BufferedImage source) {
        double scale = Math.min(1.0, (double) EDGE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
