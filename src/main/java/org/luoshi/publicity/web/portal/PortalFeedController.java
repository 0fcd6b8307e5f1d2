package org.luoshi.publicity.web.portal;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Entities;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.portal.PortalQueries;
import org.luoshi.publicity.internal.portal.PortalQueries.FeedImage;
import org.luoshi.publicity.internal.portal.PortalQueries.FeedItem;
import org.luoshi.shared.error.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * 订阅源 of the portal, for feed readers and for new-media editors (公众号, 视频号) who pick items up: RSS 2.0 and Atom
 * of all columns or one (written by ROME), and a JSON Feed 1.1 with each item's full HTML, summary, images as absolute
 * addresses and as attachments. Only published items, newest first; an ETag lets a poller skip an unchanged feed.
 */
@RestController
@RequestMapping("/portal")
class PortalFeedController {

    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");

    private final PortalQueries portal;
    private final Messages messages;

    PortalFeedController(PortalQueries portal, Messages messages) {
        this.portal = portal;
        this.messages = messages;
    }

    @GetMapping("/rss.xml")
    ResponseEntity<String> rss(WebRequest request) {
        return xml(null, "rss_2.0", RSS, "/portal/rss.xml", request);
    }

    @GetMapping("/atom.xml")
    ResponseEntity<String> atom(WebRequest request) {
        return xml(null, "atom_1.0", ATOM, "/portal/atom.xml", request);
    }

    @GetMapping("/columns/{slug}/rss.xml")
    ResponseEntity<String> columnRss(@PathVariable String slug, WebRequest request) {
        return PortalPageController.column(slug)
                .map(c -> xml(c, "rss_2.0", RSS, "/portal/columns/" + c.slug() + "/rss.xml", request))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/columns/{slug}/atom.xml")
    ResponseEntity<String> columnAtom(@PathVariable String slug, WebRequest request) {
        return PortalPageController.column(slug)
                .map(c -> xml(c, "atom_1.0", ATOM, "/portal/columns/" + c.slug() + "/atom.xml", request))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** JSON Feed 1.1 of all columns, or of {@code column} (its slug). */
    @GetMapping("/feed.json")
    ResponseEntity<Map<String, Object>> json(@RequestParam(required = false) String column, WebRequest request) {
        Optional<PortalColumn> only = column == null || column.isBlank() ? Optional.empty()
                : PortalPageController.column(column);
        if (column != null && !column.isBlank() && only.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        PortalColumn c = only.orElse(null);
        List<FeedItem> items = portal.latest(c, null, PortalQueries.FEED_ITEMS);
        String etag = etag(items, "json" + column);
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        String base = PortalUrls.base();
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", title(c));
        feed.put("home_page_url", base + (c == null ? "/portal" : "/portal/columns/" + c.slug()));
        feed.put("feed_url", base + "/portal/feed.json" + (c == null ? "" : "?column=" + c.slug()));
        feed.put("description", description(c));
        feed.put("language", "zh-CN");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (FeedItem item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            String url = PortalUrls.article(base, item.item().id());
            entry.put("id", url);
            entry.put("url", url);
            entry.put("title", item.item().title());
            entry.put("content_html", contentHtml(item, base));
            entry.put("summary", item.item().summary());
            if (!item.images().isEmpty()) {
                entry.put("image", PortalUrls.image(base, item.images().get(0).fileId()));
            }
            entry.put("date_published", item.item().publishAt().toString());
            entry.put("date_modified", item.item().updatedAt().toString());
            if (item.item().author() != null) {
                entry.put("authors", List.of(Map.of("name", item.item().author())));
            }
            entry.put("tags", List.of(columnName(item.item().column())));
            if (item.item().source() != null) {
                entry.put("_luoshi", Map.of("source", item.item().source(), "column", item.item().column().slug()));
            } else {
                entry.put("_luoshi", Map.of("column", item.item().column().slug()));
            }
            List<Map<String, Object>> attachments = new ArrayList<>();
            for (FeedImage image : item.images()) {
                Map<String, Object> attachment = new LinkedHashMap<>();
                attachment.put("url", PortalUrls.image(base, image.fileId()));
                attachment.put("mime_type", image.contentType());
                if (image.caption() != null) {
                    attachment.put("title", image.caption());
                }
                attachment.put("size_in_bytes", image.sizeBytes());
                attachments.add(attachment);
            }
            if (!attachments.isEmpty()) {
                entry.put("attachments", attachments);
            }
            entries.add(entry);
        }
        feed.put("items", entries);
        return ResponseEntity.ok().contentType(JSON_FEED).eTag(etag).cacheControl(CacheControl.noCache())
                .lastModified(lastModified(items)).body(feed);
    }

    private ResponseEntity<String> xml(PortalColumn column, String type, MediaType mediaType, String self,
            WebRequest request) {
        List<FeedItem> items = portal.latest(column, null, PortalQueries.FEED_ITEMS);
        String etag = etag(items, type + column);
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        String base = PortalUrls.base();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(title(column));
        feed.setDescription(description(column));
        feed.setLink(base + (column == null ? "/portal" : "/portal/columns/" + column.slug()));
        feed.setUri(base + self);
        feed.setLanguage("zh-cn");
        feed.setEncoding("UTF-8");
        feed.setPublishedDate(Date.from(lastModified(items)));
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedItem item : items) {
            SyndEntry entry = new SyndEntryImpl();
            String url = PortalUrls.article(base, item.item().id());
            entry.setTitle(item.item().title());
            entry.setLink(url);
            entry.setUri(url);
            entry.setPublishedDate(Date.from(item.item().publishAt()));
            entry.setUpdatedDate(Date.from(item.item().updatedAt()));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(item.item().summary());
            entry.setDescription(summary);
            SyndContent content = new SyndContentImpl();
            content.setType("text/html");
            content.setValue(contentHtml(item, base));
            entry.setContents(List.of(content));
            if (item.item().author() != null) {
                SyndPerson author = new SyndPersonImpl();
                author.setName(item.item().author());
                entry.setAuthors(List.of(author));
            }
            SyndCategory category = new SyndCategoryImpl();
            category.setName(columnName(item.item().column()));
            entry.setCategories(List.of(category));
            if (!item.images().isEmpty()) {
                FeedImage image = item.images().get(0);
                SyndEnclosure enclosure = new SyndEnclosureImpl();
                enclosure.setUrl(PortalUrls.image(base, image.fileId()));
                enclosure.setType(image.contentType());
                enclosure.setLength(image.sizeBytes());
                entry.setEnclosures(List.of(enclosure));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return ResponseEntity.ok().contentType(mediaType).eTag(etag).cacheControl(CacheControl.noCache())
                    .lastModified(lastModified(items)).body(new SyndFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("feed " + self, e);
        }
    }

    /** The body as published, then its images (absolute addresses) with their captions. */
    static String contentHtml(FeedItem item, String base) {
        StringBuilder html = new StringBuilder(item.bodyHtml() == null ? "" : item.bodyHtml());
        for (FeedImage image : item.images()) {
            html.append("\n<figure><img src=\"").append(PortalUrls.image(base, image.fileId())).append("\" alt=\"")
                    .append(Entities.escape(image.caption() == null ? "" : image.caption())).append("\">");
            if (image.caption() != null) {
                html.append("<figcaption>").append(Entities.escape(image.caption())).append("</figcaption>");
            }
            html.append("</figure>");
        }
        return html.toString();
    }

    private String title(PortalColumn column) {
        return column == null ? messages.get("portal.feed.allTitle")
                : messages.get("portal.feed.title", columnName(column));
    }

    private String description(PortalColumn column) {
        return column == null ? messages.get("portal.feed.allDescription")
                : messages.get("portal.feed.description", columnName(column));
    }

    private String columnName(PortalColumn column) {
        return messages.get("publicity.column." + column.name());
    }

    private static Instant lastModified(List<FeedItem> items) {
        return items.stream().map(i -> i.item().updatedAt().isAfter(i.item().publishAt()) ? i.item().updatedAt()
                : i.item().publishAt()).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    /** Changes whenever an item comes, goes (published, withdrawn) or changes. */
    private static String etag(List<FeedItem> items, String kind) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(kind.getBytes(StandardCharsets.UTF_8));
            for (FeedItem item : items) {
                digest.update((item.item().id() + ":" + item.item().updatedAt().toEpochMilli() + ";")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
