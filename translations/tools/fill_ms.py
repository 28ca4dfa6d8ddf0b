#!/usr/bin/env python3
"""Fills translations/mcstudio_ms.ts from ms_strings.py (issue #10).

Run after `cmake --build --preset dev --target update_translations`:

    python3 translations/tools/fill_ms.py            # fill, then report what is left unfinished
    python3 translations/tools/fill_ms.py --check    # only report; exit 1 if anything is unfinished

Entries are matched by source text (and context, for the few in CONTEXT). The file is edited as
text, message by message, so lupdate's layout and <location> lines stay as they are. Each
translation is checked to keep the source's placeholders (%1, %n), its accelerator (&) and its
leading and trailing white space.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TS = os.path.join(HERE, '..', 'mcstudio_ms.ts')
sys.path.insert(0, HERE)
from ms_strings import CONTEXT, T  # noqa: E402

CONTEXT_RE = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)
MESSAGE_RE = re.compile(r'(<message( numerus="yes")?>)(.*?)(</message>)', re.S)
SOURCE_RE = re.compile(r'<source>(.*?)</source>', re.S)
TRANSLATION_RE = re.compile(r'( *)<translation( type="[a-z]+")?>(.*?)</translation>|( *)<translation( type="[a-z]+")?/>', re.S)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def placeholders(text):
    return sorted(re.findall(r'%(?:\d+|n)', text))


def accelerators(text):
    return len(re.findall(r'&(?!&)', text.replace('&&', '')))


def problems(source, translation):
    found = []
    if placeholders(source) != placeholders(translation):
        found.append('placeholders %s vs %s' % (placeholders(source), placeholders(translation)))
    if accelerators(source) != accelerators(translation):
        found.append('accelerator')
    if source[:1].isspace() != translation[:1].isspace() or source[-1:].isspace() != translation[-1:].isspace():
        found.append('leading/trailing white space')
    return found


def main():
    check_only = '--check' in sys.argv
    text = open(TS, encoding='utf-8').read()
    unfinished, bad = [], []

    def fill_context(cm):
        context = html.unescape(cm.group(1))

        def fill_message(mm):
            body = mm.group(3)
            source = html.unescape(SOURCE_RE.search(body).group(1))
            wanted = CONTEXT.get((context, source), T.get(source))
            tm = TRANSLATION_RE.search(body)
            indent = tm.group(1) if tm.group(1) is not None else tm.group(4)
            finished = (tm.group(2) or tm.group(5)) is None
            if wanted is None or check_only:
                if not finished:
                    unfinished.append((context, source))
                return mm.group(0)
            issues = problems(source, wanted)
            if issues:
                bad.append((context, source, issues))
                return mm.group(0)
            if mm.group(2):  # numerus: Malay has one plural form
                new = ('%s<translation>\n%s    <numerusform>%s</numerusform>\n%s</translation>'
                       % (indent, indent, escape(wanted), indent))
            else:
                new = '%s<translation>%s</translation>' % (indent, escape(wanted))
            return mm.group(1) + body[:tm.start()] + new + body[tm.end():] + mm.group(4)

        return cm.group(0)[:cm.start(2) - cm.start(0)] + MESSAGE_RE.sub(fill_message, cm.group(2)) + '</context>'

    text = CONTEXT_RE.sub(fill_context, text)
    if not check_only:
        with open(TS, 'w', encoding='utf-8') as f:
            f.write(text)
    for context, source, issues in bad:
        print('BAD %s: %r: %s' % (context, source, ', '.join(issues)))
    for context, source in unfinished:
        print('UNFINISHED %s: %r' % (context, source))
    print('%d unfinished, %d rejected' % (len(unfinished), len(bad)))
    return 1 if unfinished or bad else 0


if __name__ == '__main__':
    sys.exit(main())
