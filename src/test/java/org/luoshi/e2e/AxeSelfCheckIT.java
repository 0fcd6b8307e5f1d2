package org.luoshi.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The accessibility check itself: it must fail on a page that has a serious violation, or it proves nothing. */
class AxeSelfCheckIT extends BrowserTest {

    @Test
    void anInputWithoutALabelAndUnreadableTextFailTheCheckNamingRuleAndElement() {
        page.setContent("""
                <html lang="zh-CN"><head><title>测试</title></head><body><main>
                <input type="text" id="nameless">
                <p style="color:#bbbbbb;background:#ffffff">看不清的文字</p>
                </main></body></html>""");

        assertThatThrownBy(() -> assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("label")
                .hasMessageContaining("#nameless")
                .hasMessageContaining("color-contrast");
    }

    @Test
    void aPlainLabelledPagePasses() {
        page.setContent("""
                <html lang="zh-CN"><head><title>测试</title></head><body><main><h1>标题</h1>
                <label for="name">姓名</label><input type="text" id="name">
                </main></body></html>""");

        assertThatCode(() -> assertAccessible(page)).doesNotThrowAnyException();
    }
}
