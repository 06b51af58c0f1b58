"""<noscript> blocks: the fallback of a block a script renders is content; the rest is not."""

from __future__ import annotations

from scraper import extract
from scraper.clean import drop_non_content
from scraper.parse import parse_html

# Blogger's "Contempo" template on Google's own blogs: the post body is a text/template script
# that a script renders, and the same markup again in <noscript>. The sidebar holds more text
# than the post, so the noscript is not the page's only text.
BLOGGER_POST = """<!DOCTYPE html><html class="v2 detail-page"><head><meta charset="utf-8">
<title>Google Online Security Blog: Enhanced Safe Browsing Protection now available</title>
</head><body><div class="cols-wrapper loading"><div class="col-main-wrapper"><div class="col-main">
<div class="section" id="main"><div class="widget Blog" id="Blog1"><div class="post">
<h2 class="title">Enhanced Safe Browsing Protection now available in Chrome</h2>
<div class="post-header"><div class="published"><span class="publishdate"
itemprop="datePublished">May 19, 2020</span></div></div>
<div class="post-body"><div class="post-content" itemprop="articleBody">
<script type="text/template">
<p>Over the past few years we have seen threats on the web becoming increasingly
sophisticated. Phishing sites rotate domains very quickly to avoid being blocked.</p>
</script>
<noscript>
<span class="byline-author">Posted by Nathan Parker, Chrome Safe Browsing team</span>
<p>Over the past few years we have seen threats on the web becoming increasingly
sophisticated. Phishing sites rotate domains very quickly to avoid being blocked, and malware
campaigns are directly targeting at-risk users.</p>
<p>Turning on Enhanced Safe Browsing will substantially increase protection from dangerous
websites and downloads. By sharing real-time data with Google Safe Browsing, Chrome can
proactively protect you against dangerous sites.</p>
<p>Over the next year, we will be adding even more protections to this mode, including
tailored warnings for phishing sites and file downloads and cross-product alerts.</p>
</noscript>
</div></div></div></div></div></div></div>
<div class="col-right"><div class="section" id="sidebar-top"><div class="widget HTML">
<noscript><p>Please enable JavaScript to see the archive.</p></noscript>
<h2>Archive</h2><ul class="archive">
<li><a href="/2020/05/">May 2020 - Chrome security updates, Android security bulletins, new
protections in Google Play Protect and the Safe Browsing API, and a round-up of research</a></li>
<li><a href="/2020/04/">April 2020 - Protecting users from phishing during the pandemic, new
account security features for Workspace administrators and the security key updates</a></li>
<li><a href="/2020/03/">March 2020 - Vulnerability reward programme results, Chrome's root
store policy, the mobile security report and a guide to two-step verification codes</a></li>
<li><a href="/2020/02/">February 2020 - Safer Internet Day, password checkup, protections
for high-risk users and the Advanced Protection Program's new features for enterprises</a></li>
<li><a href="/2020/01/">January 2020 - The year in review: the numbers behind our security
work, the bug bounty payouts and what our red teams learned from a year of exercises</a></li>
</ul></div></div></div>
<img src="https://www.example.com/pixel.gif" alt="">
</div></body></html>"""


def test_a_script_rendered_block_s_fallback_is_the_article() -> None:
    text = extract(BLOGGER_POST, url="https://security.googleblog.com/2020/05/x.html").article.text
    assert "Turning on Enhanced Safe Browsing" in text
    assert "tailored warnings for phishing sites" in text
    assert "Please enable JavaScript" not in text


def test_a_noscript_without_paragraphs_alone_in_its_block_is_dropped() -> None:
    # a "JavaScript is disabled" notice is alone in its block too, but holds no prose
    notice = "JavaScript is disabled in your browser. Please enable JavaScript. " * 10
    doc = parse_html(
        BLOGGER_POST.replace(
            '<div class="col-right">',
            f'<div class="site-wrapper"><noscript><div>{notice}</div></noscript></div>'
            '<div class="col-right">',
        )
    )
    root = doc.root
    drop_non_content(doc)
    kept = "".join(root.itertext())
    assert "Turning on Enhanced Safe Browsing" in kept
    assert "JavaScript is disabled" not in kept
