#!/usr/bin/env python3
"""Checks every page of a generated follow-up site without a browser: each image has alt text
(Vietnamese on the Vietnamese pages), every internal link and picture resolves to a file,
nothing is fetched from elsewhere (no scripts, web fonts, outside pictures or style sheets),
the text is NFC, and a lesson page with its pictures stays under the size limit.

    check_pages.py SITE_DIR MAX_PAGE_BYTES
Prints one line per problem and exits 1 if there was any."""
import html.parser
import os
import sys
import unicodedata
import urllib.parse

VIETNAMESE_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.links, self.images, self.problems = [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "script":
            self.problems.append("has a <script>")
        if tag == "link":
            self.problems.append("loads something with <link>")
        if tag in ("iframe", "object", "embed", "video", "audio"):
            self.problems.append(f"has an <{tag}>")
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "img":
            self.images.append((a.get("src", ""), a.get("alt", "")))


def local_target(page_file, href):
    url = urllib.parse.urlsplit(href)
    if url.scheme or url.netloc:
        return None
    path = urllib.parse.unquote(url.path)
    target = os.path.normpath(os.path.join(os.path.dirname(page_file), path))
    if href.endswith("/") or os.path.isdir(target):
        target = os.path.join(target, "index.html")
    return target


def main():
    site, limit = sys.argv[1], int(sys.argv[2])
    problems, pages = [], 0
    for folder, _, files in sorted(os.walk(site)):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            pages += 1
            file = os.path.join(folder, name)
            rel = os.path.relpath(file, site)
            text = open(file, encoding="utf-8").read()
            if not unicodedata.is_normalized("NFC", text):
                problems.append(f"{rel}: text is not NFC")
            for bad in ("url(", "@import", "@font-face", "cookie"):
                if bad in text:
                    problems.append(f"{rel}: has {bad}")
            p = Page()
            p.feed(text)
            problems += [f"{rel}: {x}" for x in p.problems]
            expected_lang = "en" if rel.startswith("en" + os.sep) else "vi"
            if p.lang != expected_lang:
                problems.append(f'{rel}: lang="{p.lang}", expected "{expected_lang}"')
            total = len(text.encode("utf-8"))
            for src, alt in p.images:
                target = local_target(file, src)
                if target is None:
                    problems.append(f"{rel}: picture from elsewhere: {src}")
                    continue
                if not os.path.isfile(target):
                    problems.append(f"{rel}: picture {src} is missing")
                    continue
                total += os.path.getsize(target)
                if not alt.strip():
                    problems.append(f"{rel}: picture {src} has no alt text")
                elif expected_lang == "vi" and not (set(alt.lower()) & VIETNAMESE_LETTERS):
                    problems.append(f"{rel}: alt text of {src} is not Vietnamese: {alt}")
            # Every practice is shown before and after the right tap.
            shown = {src for src, _ in p.images}
            for src in sorted(shown):
                if src.endswith("-truoc.png") and src[: -len("-truoc.png")] + "-sau.png" not in shown:
                    problems.append(f"{rel}: {src} has no picture of the phone after the right tap")
            for href in p.links:
                target = local_target(file, href)
                if target is not None and not os.path.isfile(target):
                    problems.append(f"{rel}: link {href} leads nowhere ({os.path.relpath(target, site)})")
            if total > limit:
                problems.append(f"{rel}: {total} bytes with its pictures, more than {limit}")
    for line in problems:
        print(line)
    print(f"{pages} pages checked, {len(problems)} problems")
    return 1 if problems or pages == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
