package org.luoshi.publicity.web.portal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.portal.Article;
import org.luoshi.publicity.internal.portal.ArticlePublisher.Image;
import org.luoshi.publicity.internal.portal.ArticlePublisher.PublishArticle;
import org.luoshi.publicity.internal.portal.ArticleRepository.ArticleImage;
import org.luoshi.publicity.internal.portal.EditArticle;
import org.luoshi.shared.web.VersionedForm;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The article form of the editors' pages: the content, when to publish (empty: now), and the images kept (each with
 * its caption; new ones are uploaded with the form and join the list).
 */
public class ArticleForm implements VersionedForm {

    private PortalColumn column;
    private String title;
    private String summary;
    private String bodyHtml;
    private String source;
    private String author;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime publishAt;
    private boolean pinned;
    private List<Long> imageIds = new ArrayList<>();
    private List<String> captions = new ArrayList<>();
    private List<Long> removeIds = new ArrayList<>();
    private Integer version;

    static ArticleForm of(Article a, List<ArticleImage> images, ZoneId zone) {
        ArticleForm f = new ArticleForm();
        f.column = a.column();
        f.title = a.title();
        f.summary = a.content().summary();
        f.bodyHtml = a.content().bodyHtml();
        f.source = a.content().source();
        f.author = a.content().author();
        f.publishAt = LocalDateTime.ofInstant(a.publishAt(), zone).withSecond(0).withNano(0);
        f.pinned = a.pinned();
        f.imageIds = new ArrayList<>(images.stream().map(ArticleImage::fileId).toList());
        f.captions = new ArrayList<>(images.stream().map(i -> i.caption() == null ? "" : i.caption()).toList());
        f.version = a.version();
        return f;
    }

    List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int i = 0; i < imageIds.size(); i++) {
            if (imageIds.get(i) != null && !removeIds.contains(imageIds.get(i))) {
                images.add(new Image(imageIds.get(i), i < captions.size() ? captions.get(i) : null));
            }
        }
        return images;
    }

    PublishArticle publish(ZoneId zone) {
        return new PublishArticle(column, title, summary, bodyHtml, source, author, images(), null,
                publishAt == null ? null : publishAt.atZone(zone).toInstant(), pinned);
    }

    EditArticle edit(ZoneId zone) {
        return new EditArticle(column, title, summary, bodyHtml, source, author, images(),
                publishAt == null ? null : publishAt.atZone(zone).toInstant());
    }

    public PortalColumn getColumn() {
        return column;
    }

    public void setColumn(PortalColumn column) {
        this.column = column;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public List<Long> getImageIds() {
        return imageIds;
    }

    public void setImageIds(List<Long> imageIds) {
        this.imageIds = imageIds == null ? new ArrayList<>() : imageIds;
    }

    public List<String> getCaptions() {
        return captions;
    }

    public void setCaptions(List<String> captions) {
        this.captions = captions == null ? new ArrayList<>() : captions;
    }

    public List<Long> getRemoveIds() {
        return removeIds;
    }

    public void setRemoveIds(List<Long> removeIds) {
        this.removeIds = removeIds == null ? new ArrayList<>() : removeIds;
    }

    @Override
    public Integer getVersion() {
        return version;
    }

    @Override
    public void setVersion(Integer version) {
        this.version = version;
    }
}
