"""A recent death told in another language than English: a word for a death beside a word for
today, yesterday, last night or this morning.

The English cues read "our baby died last night" as news the team may not have yet; a family or
a neighbour writing in their first language ("mój synek zmarł wczoraj w nocy") tells the same
news. A death told with a month ("zmarł w marcu") is one the team already has, so the word for a
recent day is needed as well as the word for a death.
"""
from __future__ import annotations

import re

from triage.rules.guarded import GuardedSet, guarded

# Each language: words for a death, words for the last day or so, and whether its words are
# written apart (so a word boundary can be asked for; Chinese writes none).
RECENT_DEATHS: list[tuple[str, tuple[str, ...], tuple[str, ...], bool]] = [
    ("Polish", ("zmarł", "zmarła", "zmarło", "umarł", "umarła", "nie żyje", "utonął", "utonęła", "zginął", "zginęła"),
     ("wczoraj", "dzisiaj", "dziś", "w nocy", "rano", "przed chwilą", "w weekend"), True),
    ("Romanian", ("a murit", "au murit", "a decedat", "s-a stins", "s-a înecat", "și-a pierdut viața"),
     ("ieri", "azi", "astăzi", "azi-noapte", "aseară", "dimineață", "acum o oră"), True),
    ("Bulgarian", ("почина", "умря", "загина"), ("вчера", "днес", "снощи", "тази сутрин"), True),
    ("Czech or Slovak", ("zemřel", "zemřela", "zemřelo", "zomrel", "zomrela", "zomrelo", "utopil", "utopila"),
     ("včera", "dnes", "v noci", "ráno"), True),
    ("Lithuanian", ("mirė", "žuvo", "nuskendo"), ("vakar", "šiandien", "šįryt", "naktį", "ryte"), True),
    ("Latvian", ("nomira", "gāja bojā", "noslīka"), ("vakar", "šodien", "naktī", "šorīt"), True),
    ("Hungarian", ("meghalt", "elhunyt", "vízbe fulladt"), ("tegnap", "ma", "éjjel", "hajnalban", "reggel"), True),
    ("Spanish", ("murió", "falleció", "ha muerto", "ha fallecido", "se ahogó", "perdió la vida"),
     ("ayer", "hoy", "anoche", "esta mañana", "esta madrugada"), True),
    ("Portuguese", ("morreu", "faleceu", "se afogou", "perdeu a vida"),
     ("ontem", "hoje", "esta manhã", "de madrugada", "há uma hora"), True),
    ("Italian", ("è morto", "è morta", "è deceduto", "è deceduta", "è annegato", "è annegata"),
     ("ieri", "oggi", "stanotte", "stamattina", "ieri sera"), True),
    ("French", ("est mort", "est morte", "est décédé", "est décédée", "s'est noyé", "s'est noyée", "a perdu la vie"),
     ("hier", "aujourd'hui", "cette nuit", "ce matin", "hier soir"), True),
    ("German", ("ist gestorben", "ist verstorben", "ist ertrunken", "ist tot"),
     ("gestern", "heute", "heute nacht", "heute morgen"), True),
    ("Turkish", ("öldü", "vefat etti", "hayatını kaybetti", "boğuldu"), ("dün", "bugün", "bu sabah", "dün gece"), True),
    ("Russian or Ukrainian", ("умер", "умерла", "скончался", "скончалась", "погиб", "погибла", "утонул", "утонула",
                              "помер", "померла", "загинув", "загинула"),
     ("вчера", "сегодня", "ночью", "утром", "вчора", "сьогодні", "вночі", "вранці", "зранку"), True),
    ("Arabic", ("توفي", "توفيت", "مات", "ماتت", "فارق الحياة", "ميتا", "ميتاً"),
     ("أمس", "امس", "البارحة", "اليوم", "الليلة", "صباح"), True),
    ("Farsi or Dari", ("فوت کرد", "فوت شد", "فوت کرده", "درگذشت", "جان باخت", "غرق شد"),
     ("دیروز", "امروز", "دیشب", "امشب"), True),
    ("Urdu or Punjabi", ("فوت ہو", "انتقال ہو", "وفات ہو", "جاں بحق", "مر گیا", "مر گئی", "گزر گیا"),
     ("کل", "آج", "رات", "صبح"), True),
    ("Urdu or Hindi (romanised)", ("fot ho gay", "faut ho gay", "fout ho gay", "intiqal ho gay", "wafat ho gay",
                                    "guzar gay", "mar gay"),
     ("kal raat", "aaj subah", "aaj", "kal", "abhi"), True),
    ("Hindi", ("गुज़र गया", "गुजर गया", "गुज़र गई", "गुजर गई", "मौत हो गई", "निधन", "मर गया", "मर गई"),
     ("कल", "आज", "सुबह", "रात"), True),
    ("Bengali", ("মারা গেছে", "মারা গেল", "মারা যায়", "মারা গিয়েছে", "মৃত্যু হয়েছে", "mara gese", "mara geche",
                 "mara gelo", "mara gase"),
     ("গতকাল", "আজ", "কাল রাতে", "সকালে", "gotokal", "kal", "aaj", "ajke", "goto rait", "rait"), True),
    ("Gujarati", ("ગુજરી ગ", "મૃત્યુ થયું", "મરી ગ", "અવસાન"), ("ગઈકાલે", "આજે", "રાત્રે", "સવારે", "કલાક પહેલા"), False),
    ("Punjabi", ("ਗੁਜ਼ਰ ਗ", "ਗੁਜਰ ਗ", "ਮੌਤ ਹੋ ਗਈ", "ਮਰ ਗ"), ("ਕੱਲ੍ਹ", "ਕੱਲ", "ਅੱਜ", "ਰਾਤ", "ਸਵੇਰੇ"), False),
    ("Pashto", ("مړ شو", "مړه شوه", "وفات شو"), ("نن", "پرون", "بېګا"), True),
    ("Kurdish", ("mir", "wefat kir", "کۆچی دوایی", "خنکا", "گیانی لەدەستدا"),
     ("duh", "îro", "şeva borî", "دوێنێ", "ئەمڕۆ", "ئەمشەو"), True),
    ("Somali", ("dhintay", "geeriyooday"), ("shalay", "maanta", "xalay", "saaka"), True),
    ("Tigrinya or Amharic", ("ሞይቱ", "ሞይታ", "ዓሪፉ", "ሞተ", "ሞተች", "አረፈ", "አረፈች"),
     ("ትማሊ", "ሎሚ", "ትናንት", "ትላንት", "ዛሬ"), False),
    ("Tamil", ("இறந்து", "இறந்தா", "உயிரிழந்"), ("இன்று", "நேற்று"), False),
    ("Malayalam", ("മരിച്ചു",), ("ഇന്ന്", "ഇന്നലെ"), False),
    ("Vietnamese", ("qua đời", "đã mất", "đã chết", "chết đuối", "mất sáng nay", "mất tối qua", "mất hôm qua",
                    "mất đêm qua"),
     ("hôm qua", "hôm nay", "sáng nay", "tối qua", "đêm qua"), True),
    ("Tagalog", ("namatay", "pumanaw", "nalunod", "binawian ng buhay"), ("kahapon", "kanina", "ngayong umaga", "kagabi"),
     True),
    ("Albanian", ("vdiq", "ndërroi jetë"), ("dje", "sot", "mbrëmë"), True),
    ("Welsh", ("bu farw",), ("ddoe", "heddiw", "neithiwr"), True),
    ("Chinese", ("去世", "过世", "過世", "离世", "離世", "死了", "夭折", "溺亡", "淹死"),
     ("今天", "昨天", "昨晚", "今早", "今晨", "昨夜", "刚才", "剛才"), False),
]
# A death and its day are told in one breath, not a paragraph apart: within the same sentence
# (the full stops of Latin, Arabic, Chinese, Devanagari and Gurmukhi, and Ethiopic scripts).
_NEAR = 50
_STOPS = ".!?؟。।።\n"
# "murió hace un año y hoy es su cumpleaños": a death months or years ago, told beside today.
_LONG_AGO = re.compile(r"\b(?:hace|há|temu|назад|тому|vor|il y a|în urmă|ago|месяц\w*|miesi\w*|mes(?:es)?|meses"
                       r"|months?|years?|lat|rok\w*|ani|anos?|años?)\b|پیش|قبل|پچھلے|ماه|مہینے|سال")


def _either_order(deaths: tuple[str, ...], recent: tuple[str, ...], spaced: bool) -> str:
    edge = r"\b" if spaced else ""
    # a death word may be a stem ("fot ho gay" for gaya and gayi), a day may not ("ma", not "mama")
    death = f"{edge}(?:{'|'.join(map(re.escape, deaths))})"
    when = f"{edge}(?:{'|'.join(map(re.escape, recent))}){edge}"
    return f"{death}[^{_STOPS}]{{0,{_NEAR}}}{when}|{when}[^{_STOPS}]{{0,{_NEAR}}}{death}"


# Guarded by the death words alone: the words for a day ("ma", "kal", "dziś") are in most texts as
# parts of other words, and finding them all would cost more than the expressions they guard.
_LANGUAGES = GuardedSet([guarded([deaths], _either_order(deaths, recent, spaced), label=language)
                         for language, deaths, recent, spaced in RECENT_DEATHS])


def recent_death_in_another_language(lowered: str) -> tuple[str, str] | None:
    """The language and the words of a recent death told in another language (in lower-cased
    text), or None."""
    for phrase in _LANGUAGES.runnable(lowered):
        for match in phrase.pattern.finditer(lowered):
            if not _LONG_AGO.search(match.group(0)):
                return phrase.label, match.group(0)
    return None
