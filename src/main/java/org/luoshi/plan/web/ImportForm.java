package org.luoshi.plan.web;

/** 从 Word 导入: the title to give the draft (blank: the document's first paragraph); the file comes as a part. */
public class ImportForm {

    private String title;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
}
