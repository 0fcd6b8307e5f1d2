/**
 * 信息报送与宣传: units submit their work news, practices, cases, exemplary people and articles (报送); each level
 * above returns them for revision, adopts them (采用) and recommends them upward (推荐), up to the national body;
 * editors publish to the public portal's columns and feeds (门户), compile numbered briefings (工作简报), and search
 * everything in Chinese (全文检索). Submissions and adoptions count toward plan items through plan's contract
 * (计入落实: kinds {@code publicity.submitted}, {@code publicity.adopted}).
 */
@ApplicationModule(allowedDependencies = {"plan", "org", "identity", "audit", "shared"})
package org.luoshi.publicity;

import org.springframework.modulith.ApplicationModule;
