package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 签到 in the browser: the organiser's staff put the check-in screen up; the QR code is read from the screen's image
 * as a phone camera would (decoded with ZXing from a screenshot of it); a member with an account confirms with one
 * tap on a 360 px phone, a member without one checks in by name and phone suffix; the screen's count follows.
 */
class CheckinJourneyIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataCipher cipher;

    @Test
    void membersCheckInOnPhonesWithTheCodeReadFromTheScreen() throws Exception {
        String tag = "签" + System.nanoTime() % 100_000;
        long province = fixtures.unit(fixtures.root(), "签到浏览省" + tag, "PROVINCIAL");
        long county = fixtures.unit(province, "签到浏览县" + tag, "COUNTY");
        String staff = fixtures.account("cks", province, Role.UNIT_ADMIN);
        String memberAccount = fixtures.account("ckm", county, Role.MEMBER);
        long member = member(county, "有账号" + tag, "13912340001");
        member(county, "无账号" + tag, "13912345678");
        jdbc.sql("update account set member_id = ? where username = ?").param(member).param(memberAccount).update();
        long activity = jdbc.sql("""
                insert into activity (unit_id, unit_path, kind, title, address, starts_at, ends_at, audience_unit_id,
                                      audience_unit_path, created_at, updated_at)
                select id, path, 'LECTURE_HALL', ?, '报告厅', now() + interval '20 minutes',
                       now() + interval '140 minutes', id, path, now(), now() from unit where id = ? returning id
                """).param("大讲堂" + tag).param(province).query(Long.class).single();

        logInToWorkBench(page, staff, Fixtures.PASSWORD);
        page.navigate("/activities/" + activity + "/checkin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("签到管理");
        assertAccessible(page);
        page.navigate("/activities/" + activity + "/checkin/scanner");
        // the decoder shipped with the app has loaded (no CDN) and offers the camera
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("打开相机扫码"))).isVisible();
        assertThat(page.evaluate("() => typeof window.__Html5QrcodeLibrary__.Html5Qrcode")).isEqualTo("function");
        page.navigate("/activities/" + activity + "/checkin/display");
        assertThat(page.locator("#checkin-count")).hasText("0");
        assertAccessible(page);
        String url = decode(page.locator("#checkin-code").screenshot());
        assertThat(url).contains("/checkin/" + activity + "?c=");
        String path = URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery();

        Page withAccount = openPhone();
        logInToWorkBench(withAccount, memberAccount, Fixtures.PASSWORD);
        withAccount.navigate(path);
        assertThat(withAccount.locator("main")).containsText("大讲堂" + tag);
        withAccount.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认签到")).click();
        assertThat(withAccount.getByRole(AriaRole.STATUS).last()).containsText("签到成功");
        assertAccessible(withAccount);
        withAccount.navigate(path);
        withAccount.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认签到")).click();
        assertThat(withAccount.getByRole(AriaRole.STATUS).last()).containsText("已签到");

        Page anonymous = openPhone();
        anonymous.navigate(path);
        anonymous.getByLabel("姓名").fill("无账号" + tag);
        anonymous.getByLabel("手机号后四位").fill("5678");
        anonymous.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签到").setExact(true)).click();
        assertThat(anonymous.getByRole(AriaRole.STATUS).last()).containsText("无账号" + tag + "，签到成功");
        assertAccessible(anonymous);

        assertThat(page.locator("#checkin-count")).hasText("2");
        assertThat(page.locator("#checkin-names")).containsText("无账号" + tag);

        page.navigate("/activities/" + activity);
        assertThat(page.locator("#checkin")).containsText("签到人数");
        assertThat(page.locator("#checkin")).containsText("扫码签到 2");
    }

    private long member(long unitId, String name, String phone) {
        return jdbc.sql("""
                insert into member (unit_id, unit_path, name, phone_enc, phone_hash)
                select id, path, ?, ?, ? from unit where id = ? returning id
                """).param(name).param(cipher.encrypt(phone)).param(cipher.lookupHash(phone)).param(unitId)
                .query(Long.class).single();
    }

    /** What a phone camera reads from the screen's image: the QR code decoded from its pixels. */
    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
