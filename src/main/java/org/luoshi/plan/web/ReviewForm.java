package org.luoshi.plan.web;

/** A review decision's comment (退回理由/审核意见) and the version of the assignment the reviewer saw. */
public class ReviewForm {

    private String comment;
    private Integer version;

    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
