package org.luoshi.study;

import org.luoshi.shared.files.Upload;

/** 从 Word 导入学习材料: a title (the file's name when blank), its source, and the .docx split by its 标题 styles. */
public record ImportMaterial(String title, String source, Upload file) {
}
