package org.luoshi.study;

/** 粘贴导入学习材料: a title, where it comes from, and the text whose heading lines (第一章, 一、) split it. */
public record PasteMaterial(String title, String source, String text) {
}
