package org.luoshi.study.web.session;

import org.luoshi.shared.web.VersionedForm;

/** 学习专题 of a study plan. */
public class TopicsForm implements VersionedForm {

    private String topics;
    private Integer version;

    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    @Override
    public Integer getVersion() { return version; }
    @Override
    public void setVersion(Integer version) { this.version = version; }
}
