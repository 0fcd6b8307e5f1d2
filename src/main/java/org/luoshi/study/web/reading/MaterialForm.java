package org.luoshi.study.web.reading;

import org.luoshi.shared.files.Upload;
import org.luoshi.shared.web.VersionedForm;
import org.luoshi.study.ImportMaterial;
import org.luoshi.study.PasteMaterial;
import org.luoshi.study.RetitleMaterial;

/** The material forms as the page binds them (import, paste, retitle); kept as typed when a save is refused. */
public class MaterialForm implements VersionedForm {

    private String title;
    private String source;
    private String text;
    private Integer version;

    PasteMaterial paste() {
        return new PasteMaterial(title, source, text);
    }

    ImportMaterial importing(Upload file) {
        return new ImportMaterial(title, source, file);
    }

    RetitleMaterial retitle() {
        return new RetitleMaterial(title, source, version);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    @Override
    public Integer getVersion() { return version; }
    @Override
    public void setVersion(Integer version) { this.version = version; }
}
