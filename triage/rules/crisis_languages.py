"""Crisis phrases in the languages most often written to the team besides English.

The English templates cannot read "nie chcę już żyć" or "main ab aur nahi jee sakti", and a
parent who writes in their first language at 2 a.m. is no less at risk. Each pattern is a
first-person wish to die, a plan to end it, or someone being hurt now, written from how these
languages say it (romanised Urdu, Punjabi, Bengali and Gujarati as well as their scripts), never
a lone word for death or grief: "mera beta guzar gaya" (my son died) must not fire.
"""
from __future__ import annotations

import re

# Each language: words one of which every phrase holds (looked for first: a search for a word
# costs far less than the expression), and the phrases.
PHRASES: dict[str, tuple[tuple[str, ...], str]] = {
    "Urdu or Hindi": (
        ("sakt", "paung", "rehna", "chaht", "mar ja", "mar jao", "kushi", "apni jaan", "khatam kar", "maar ra",
         "خودکشی", "چاہت", "رہنا", "اپنی جان"),
        r"\b(nahi|nahin|nai) (jee|ji|jy) (sakti|sakta|sakte|paungi|paunga)\b|\bzinda (nahi|nahin) rehna\b"
        r"|\b(marna|mar jana) (chahti|chahta|chahte)\b|\bmar (jaungi|jaunga|jayegi|jayega|jaoongi)\b"
        r"|\bkhud ?kushi kar (lungi|lunga|leti|leta|rahi|raha)\b"
        r"|\bapni jaan (le|lena|de|dena|le lungi|le lunga|de dungi|de dunga)\b"
        r"|\b(sab|sab ?kuch|khud ko) khatam kar (dungi|dunga|lungi|lunga|deti|deta)\b"
        r"|\b(mujhe|humein|hamein|bachon|bachay|bachey|bachchon)\b.{0,25}"
        r"\bmaar (raha|rahi|rahe) (hai|hain|he)\b"
        r"|خودکشی کر (لوں|لونگی|لوں گی|لوں گا)|مرنا چاہت|جینا نہیں چاہت|زندہ نہیں رہنا|اپنی جان (لے|دے)",
    ),
    "Punjabi": (
        ("jeena", "jina ", "jaan de", "jaan le", "goliyan", "ਖੁਦਕੁਸ਼ੀ", "ਮਰਨਾ"),
        r"\b(nahi|nahin|nai) (jeena|jina) (chaundi|chaunda|chahundi|chahunda|chondi|chonda)\b"
        r"|\bjaan (de|le) (devangi|devanga|lavangi|lavanga|dena|deni)\b"
        r"|\bgoliyan\b.{0,40}\bkha (lavangi|lavanga|laungi|launga|lainiyan)\b"
        r"|ਖੁਦਕੁਸ਼ੀ ਕਰ ਲ|ਮਰਨਾ ਚਾਹੁੰਦ",
    ),
    "Polish": (
        ("zabi", "żyć", "zyc", "umrze", "zako", "ze sob", "sobie", "bije ", "katuje", "oddycha", "obudz"),
        r"\bzabi(ć|c|je|ję) si(ę|e)\b|\bsi(ę|e) zabi(je|ję|ć|c)\b"
        r"|\bnie (chc(ę|e)|chce mi si(ę|e)) (już |juz )?(ż|z)y(ć|c)\b"
        r"|\bnie mam (już |juz )?si(ł|l)y (ż|z)y(ć|c)\b|\bchc(ę|e) (umrze(ć|c)|to zako(ń|n)czy(ć|c))\b"
        r"|\bsko(ń|n)czy(ć|ę|e) ze sob(ą|a)\b|\bodebra(ć|c) sobie (ż|z)ycie\b"
        r"|\b(bije|katuje) (mnie|nas|dzieci|dziecko)\b"
        r"|\bnie mog(ę|e) (jej|go|ich) obudzi(ć|c)\b|\b(dziwnie|ledwo|nie) oddycha\b",
    ),
    "Romanian": (
        ("vreau", "nu mai", "sinucid", "omor", "duc la", "bate", "pastilele"),
        r"\bvreau s(ă|a) mor\b|\bnu mai (pot|vreau s(ă|a)) tr(ă|a)i(esc)?\b|\bnu mai pot\s*[.!]"
        r"|\bs(ă|a) m(ă|a) sinucid\b|\bm(ă|a) sinucid\b|\bm(ă|a) omor\b|\bs(ă|a) m(ă|a) omor\b"
        r"|\bs(ă|a) m(ă|a) duc la (el|ea)\b|\b(m(ă|a)|ne) bate (acum|mereu|tot timpul)\b"
        r"|\bbate copiii\b|\bacum (o|[îi]l|[îi]i|ne|m(ă|a)) bate\b|\b(o|[îi]l) bate pe\b"
        r"|\b(a|am) (luat|[îi]nghi(ț|t)it) toate pastilele\b",
    ),
    "Spanish": (
        ("morir", "puedo", "vivir", "arme", "acabar", "pega", "golpea"),
        r"\bquiero morir(me)?\b|\bno puedo seguir( (así|asi|adelante|viviendo|más|mas))?\s*[.,!]"
        r"|\bno quiero (seguir )?vivir\b|\bmatarme\b|\bquitarme la vida\b|\bsuicidarme\b"
        r"|\bacabar con (todo|mi vida)\b|\b(me|nos) (pega|pegan|golpea)\b",
    ),
    "Portuguese": (
        ("morrer", "consigo", "viver", "matar", "tirar", "suicidar", "aguento", "volto"),
        r"\bquero morrer\b|\bn(ã|a)o consigo mais( viver)?\s*[.,!]|\bn(ã|a)o quero (mais )?viver\b"
        r"|\bme matar\b|\bmatar-me\b|\btirar (a )?minha (pr(ó|o)pria )?vida\b|\bsuicidar\b"
        r"|\bn(ã|a)o aguento mais(?: viver| sem (?:\w+ ){0,2}\w+)?\s*[.,!]|\be n(ã|a)o volto( mais)?\s*[.,!]",
    ),
    "Slovak or Czech": (
        ("zabij", "nechc", "nevl", "ukon", "zomrie", "umř", "umr"),
        r"\bzabijem sa\b|\bzabiju se\b|\bnechcem (už |uz )?(ž|z)i(ť|t)\b"
        r"|\bnechci (už |uz )?(ž|z)(í|i)t\b"
        r"|\b(už|uz) nevl(á|a)dzem\b|\bukon(č|c)(í|i)m to\b"
        r"|\bchcem zomrie(ť|t)\b|\bchci um(ř|r)(í|i)t\b",
    ),
    "Farsi": (("خوام", "کنم"), r"نمی‌?\s?خوام زنده|می‌?\s?خوام بمیرم|تمومش می‌?\s?کنم|خودکشی می‌?\s?کنم"),
    "Arabic": (("أموت", "اموت", "نفسي", "أنتحر", "أعيش", "اعيش", "العيش", "حياتي"),
               r"أريد أن أموت|اريد ان اموت|أقتل نفسي|اقتل نفسي|سأنتحر|لا أريد أن أعيش|لا اريد ان اعيش"
               r"|لا (أستطيع|استطيع) العيش|(سأنهي|أنهي|انهي|سانهي) حياتي"),
    "Bengali": (("আত্মহত্যা", "চাই", "bachte", "morte", "more jete", "hott", "hotya", "lafi", "firbo"),
                r"আত্মহত্যা করব|মরে যেতে চাই|বাঁচতে চাই না|\bbachte chai ?na\b|\bmor(e jete|te) chai\b"
                r"|\ba(tmo|tto|tma)hott?(a|ya) kor(bo|te|chi)\b|\blafi(ye|e) por(bo|te)\b|\bar fir(bo|e ashbo) na\b"),
    "Gujarati": (("આત્મહત્યા", "છે", "નથી", "jiv", "mari ja", "tmahatya", "nakh"),
                 r"આત્મહત્યા કરીશ|મરી જવું છે|જીવવું નથી|\bjivvu (nathi|na)\b|\bjivi (nathi|na) shak"
                 r"|\bmari (javu|jaish|jais)\b|\ba?atmahatya kar(ish|vi|va)\b|\bmaari nakh(ish|shu|she|va)\b"),
    "Lithuanian": (("gyvent", "numirt", "nusižud", "nusizud", "negaliu"),
                   r"\bneb?enoriu (daugiau )?gyventi\b|\bnoriu numirti\b|\bnusi(ž|z)udysiu\b"
                   r"|\bnegaliu daugiau(?: gyventi| be (?:\w+ ){0,2}\w+)?\s*[.,!]"),
    "Kurdish": (("bij", "bikuj", "bavêj", "bavej", "خۆم", "بمرم"),
                r"\bnaxwazim bij(î|i)m\b|\bxwe bikuj(im|e)\b|\bxwe bav(ê|e)j(im|e)\b"
                r"|خۆم دەکوژم|دەمەوێت? بمرم"),
    "Tigrinya": (("ነብሰይ", "ክሞት"), r"ነብሰይ ክቐትል|ክሞት እደሊ"),
}
_PATTERNS = {language: (needles, re.compile(pattern, re.IGNORECASE))
             for language, (needles, pattern) in PHRASES.items()}


def other_language_reason(text: str) -> str | None:
    """A crisis phrase in a language other than English, as a reason, or None."""
    lowered = text.lower()
    for language, (needles, pattern) in _PATTERNS.items():
        match = pattern.search(text) if any(needle in lowered for needle in needles) else None
        if match:
            return f'crisis language ({language}): "{match.group(0)}"'
    return None
