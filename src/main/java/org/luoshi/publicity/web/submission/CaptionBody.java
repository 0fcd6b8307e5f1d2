package org.luoshi.publicity.web.submission;

import io.swagger.v3.oas.annotations.media.Schema;

/** A photo's caption. */
@Schema(description = "照片说明")
record CaptionBody(@Schema(description = "照片说明（不超过 200 字）") String caption) {
}
