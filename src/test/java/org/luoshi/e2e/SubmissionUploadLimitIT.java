package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bad input "a 300 MB attachment" on a draft. In the page the browser stops it before a byte is sent,
 * beside the field, in Chinese naming the field and the limit, and what was typed stays on the page. Sent anyway
 * (the API, or a page without JavaScript), the container refuses it by its announced length with the same kind of
 * sentence (413, never a 5xx or a blank page). The draft keeps its text and gets no file. Nothing of 300 MB is
 * ever held: the file is sparse on disk, and the raw requests only announce their length.
 */
class SubmissionUploadLimitIT extends BrowserTest {

    static final long THREE_HUNDRED_MB = 300L * 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aThreeHundredMegabyteAttachmentIsRefusedInChineseAndTheDraftKeepsItsText() throws IOException {
        String title = "附件过大的稿件" + System.nanoTime() % 100_000;
        Page county = openPhone();
        logInToWorkBench(county, "county-editor", ADMIN_PASSWORD);
        county.navigate("/publicity/submissions/new");
        county.getByLabel("标题").fill(title);
        county.locator(".rte-body").fill("老科协专家走进社区讲解防诈骗知识。");
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
        assertThat(county.getByText("稿件已保存")).isVisible();
        long id = Long.parseLong(county.url().replaceAll(".*/publicity/submissions/(\\d+)/edit.*", "$1"));

        county.getByLabel("作者").fill("王五");
        county.getByLabel("上传附件", new Page.GetByLabelOptions().setExact(true)).setInputFiles(sparse("活动录像.pdf"));
        county.locator("button[type=submit]", new Page.LocatorOptions().setHasText("上传附件")).click();

        assertThat(county.locator("#attachment-file-error")).hasText(
                "附件“活动录像.pdf”有 300 MB，超过了每个文件 20 MB 的上限，没有上传：请压缩或拆分后再上传，已填写的内容不受影响。");
        assertThat(county.getByLabel("作者")).hasValue("王五");
        assertThat(county.getByLabel("标题")).hasValue(title);
        assertAccessible(county);

        String cookies = county.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        String csrf = county.locator("meta[name=_csrf]").getAttribute("content");
        String api = announce("/api/v1/publicity/submissions/" + id + "/attachments", "application/json", cookies,
                csrf);
        assertThat(api).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("附件超过了系统允许的大小上限（每个文件不超过 20 MB）").contains("\"field\":\"file\"");
        String photo = announce("/api/v1/publicity/submissions/" + id + "/photos", "application/json", cookies, csrf);
        assertThat(photo).startsWith("HTTP/1.1 413").contains("照片超过了系统允许的大小上限（每个文件不超过 20 MB）");
        String page = announce("/publicity/submissions/" + id + "/attachments", "text/html", cookies, csrf);
        assertThat(page).startsWith("HTTP/1.1 413").contains("text/html")
                .contains("附件超过了系统允许的大小上限（每个文件不超过 20 MB），没有上传");

        assertThat(jdbc.sql("select count(*) from publicity_submission_file where submission_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select title from publicity_submission where id = ?").param(id).query(String.class)
                .single()).isEqualTo(title);
    }

    /**
     * Without the page's check (as without JavaScript) the browser sends the whole file: the answer must still be a
     * page in Chinese, not a connection the browser reports as reset, and it leads back to the draft as saved.
     */
    @Test
    void sentAnywayTheBrowserShowsTheRefusalInChinese() throws IOException {
        Page county = openPhone();
        county.route("**/js/upload-limit.js", route -> route.abort());
        logInToWorkBench(county, "county-editor", ADMIN_PASSWORD);
        county.navigate("/publicity/submissions/new");
        String title = "无脚本上传" + System.nanoTime() % 100_000;
        county.getByLabel("标题").fill(title);
        county.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存").setExact(true)).click();
        assertThat(county.getByText("稿件已保存")).isVisible();

        county.getByLabel("上传附件", new Page.GetByLabelOptions().setExact(true)).setInputFiles(sparse("录像.pdf"));
        county.locator("button[type=submit]", new Page.LocatorOptions().setHasText("上传附件")).click();

        assertThat(county.locator("main")).containsText("附件超过了系统允许的大小上限（每个文件不超过 20 MB）",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertAccessible(county);
        county.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回刚才的页面")).click();
        assertThat(county.getByLabel("标题")).hasValue(title);
    }

    /** A 300 MB file that takes no room: a sparse file of zeros. */
    private Path sparse(String name) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(THREE_HUNDRED_MB);
        }
        return file;
    }

    /**
     * Posts an upload that announces 300 MB and sends only its first part's headers, as a browser or client asking
     * "100-continue" does before the body: the answer must come from the length alone.
     */
    private String announce(String path, String accept, String cookies, String csrf) throws IOException {
        String boundary = "luoshiBoundary" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        String request = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                + "Content-Length: " + (THREE_HUNDRED_MB + head.length()) + "\r\n"
                + "Expect: 100-continue\r\nAccept: " + accept + "\r\nCookie: " + cookies + "\r\n"
                + "X-CSRF-TOKEN: " + csrf + "\r\nConnection: close\r\n\r\n" + head;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return finalAnswer(socket.getInputStream());
        }
    }

    /** The answer after any "100 Continue", read until the server closes the connection. */
    private static String finalAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        in.transferTo(read);
        String answer = read.toString(StandardCharsets.UTF_8);
        return answer.replaceFirst("^HTTP/1\\.1 100[^\\r]*\\r\\n\\r\\n", "");
    }
}
