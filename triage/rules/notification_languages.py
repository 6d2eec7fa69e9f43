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
from triage.rules.sentences import sentence

# Each language: words for a death, words for the last day or so, and whether its words are
# written apart (so a word boundary can be asked for; Chinese writes none).
RECENT_DEATHS: list[tuple[str, tuple[str, ...], tuple[str, ...], bool]] = [
    ("Polish", ("zmarł", "zmarła", "zmarło", "umarł", "umarła", "nie żyje", "utonął", "utonęła", "zginął", "zginęła"),
     ("wczoraj", "dzisiaj", "dziś", "w nocy", "rano", "przed chwilą", "w weekend"), True),
    ("Romanian", ("a murit", "au murit", "a decedat", "s-a stins", "s-a înecat", "și-a pierdut viața"),
     ("ieri", "azi", "astăzi", "azi-noapte", "aseară", "dimineață", "acum o oră"), True),
    ("Bulgarian", ("почина", "умря", "загина"), ("вчера", "днес", "снощи", "тази сутрин", "миналата седмица"), True),
    # "миналата седмица организирахме погребение на момченце": a child's funeral this past week
    ("Bulgarian", ("погребение на момч", "погребение на момич", "погребение на дете", "погребение на бебе",
                   "погребението на момч", "погребението на момич", "погребението на дете", "погребението на бебе",
                   "погребението на сина", "погребението на дъщеря"),
     ("вчера", "днес", "миналата седмица", "тази седмица", "в събота", "в неделя", "в петък"), True),
    ("Czech or Slovak", ("zemřel", "zemřela", "zemřelo", "zomrel", "zomrela", "zomrelo", "utopil", "utopila"),
     ("včera", "dnes", "v noci", "ráno"), True),
    # also written without its marks: "mire siandien ryte"
    ("Lithuanian", ("mirė", "žuvo", "nuskendo", "mire", "zuvo"),
     ("vakar", "šiandien", "šįryt", "naktį", "ryte", "siandien", "siryt", "nakti"), True),
    ("Latvian", ("nomira", "gāja bojā", "noslīka"), ("vakar", "šodien", "naktī", "šorīt"), True),
    ("Hungarian", ("meghalt", "elhunyt", "vízbe fulladt"), ("tegnap", "ma", "éjjel", "hajnalban", "reggel"), True),
    # also written without its accents on a phone: "murio ayer en Blackpool, se ahogo"
    ("Spanish", ("murió", "falleció", "ha muerto", "ha fallecido", "se ahogó", "perdió la vida", "murio", "fallecio",
                 "se ahogo", "perdio la vida"),
     ("ayer", "hoy", "anoche", "esta mañana", "esta madrugada", "esta manana"), True),
    ("Portuguese", ("morreu", "faleceu", "se afogou", "perdeu a vida"),
     ("ontem", "hoje", "esta manhã", "de madrugada", "há uma hora"), True),
    ("Italian", ("è morto", "è morta", "è deceduto", "è deceduta", "è annegato", "è annegata"),
     ("ieri", "oggi", "stanotte", "stamattina", "ieri sera"), True),
    ("French", ("est mort", "est morte", "est décédé", "est décédée", "s'est noyé", "s'est noyée", "a perdu la vie"),
     ("hier", "aujourd'hui", "cette nuit", "ce matin", "hier soir"), True),
    ("German", ("ist gestorben", "ist verstorben", "ist ertrunken", "ist tot"),
     ("gestern", "heute", "heute nacht", "heute morgen"), True),
    ("Turkish", ("öldü", "vefat etti", "hayatını kaybetti", "boğuldu"),
     ("dün", "bugün", "bu sabah", "dün gece", "dün akşam", "geçen hafta", "gecen hafta", "bu hafta"), True),
    ("Russian or Ukrainian", ("умер", "умерла", "скончался", "скончалась", "погиб", "погибла", "утонул", "утонула",
                              # a suicide told as news: "вчера повесился", "покончила с собой сегодня"
                              "повесился", "повесилась", "покончил с собой", "покончила с собой", "повісився",
                              "повісилася", "наклав на себе руки", "наклала на себе руки",
                              "помер", "померла", "загинув", "загинула"),
     ("вчера", "сегодня", "ночью", "утром", "вчора", "сьогодні", "вночі", "вранці", "зранку"), True),
    # "pomer vchora vnochi": written in Latin letters
    ("Russian or Ukrainian (romanised)", ("pomer", "pomerla", "umer", "umerla", "skonchal", "pohyb", "pogib",
                                          "zahynuv", "zahynula", "utonul", "utonula"),
     ("vchora", "vchera", "sohodni", "s'ohodni", "syohodni", "segodnya", "sevodnya", "vnochi", "nochyu", "vranci",
      "zranku", "utrom", "u ponedilok", "u vivtorok", "u seredu", "v seredu", "u chetver", "v chetver",
      "u p'yatnytsyu", "u subotu", "v subotu", "u nedilyu", "v nedilyu"), True),
    # "توفى الصباح", "مات الفجر": the spoken spelling, and this morning or dawn with its article
    ("Arabic", ("توفي", "توفيت", "توفى", "مات", "ماتت", "فارق الحياة", "ميتا", "ميتاً"),
     ("أمس", "امس", "البارحة", "اليوم", "الليلة", "صباح", "الصباح", "الصبح", "الفجر"), True),
    # "بچه‌ام دیروز مرد.": the plain verb for died, read only at the end of its clause ("مرد" is
    # also "man", and "مردم" is "people")
    ("Farsi or Dari", ("فوت کرد", "فوت شد", "فوت کرده", "درگذشت", "جان باخت", "غرق شد", "از دنیا رفت", "مرد.", "مرد،",
                       "مُرد"),
     ("دیروز", "امروز", "دیشب", "امشب"), True),
    # "emroz sobh dar khana fawt kard": Dari and Farsi written in Latin letters
    ("Farsi or Dari (romanised)", ("fawt kard", "fot kard", "fout kard", "faut kard", "wafat kard", "fawt shod",
                                   "fot shod", "wafat shod", "jan bakht", "dargozasht"),
     ("emroz", "emruz", "diroz", "dirooz", "diruz", "dishab", "emshab", "sobh"), True),
    ("Urdu or Punjabi", ("فوت ہو", "انتقال ہو", "وفات ہو", "جاں بحق", "مر گیا", "مر گئی", "گزر گیا"),
     # a weekday is this week's news ("جمعرات کو", on Thursday), as the Albanian days are
     ("کل", "آج", "رات", "صبح", "جمعرات کو", "جمعہ کو", "ہفتے کو", "اتوار کو", "پیر کو", "منگل کو", "بدھ کو"), True),
    ("Urdu or Hindi (romanised)", ("fot ho gay", "faut ho gay", "fout ho gay", "intiqal ho gay", "wafat ho gay",
                                    # Pahari and Pothwari: "fout hoi giya", "fot hoi gayi"
                                    "fot hoi g", "faut hoi g", "fout hoi g", "wafat hoi g",
                                    "guzar gay", "mar gay", "khudkushi kar l", "khud kushi kar l"),
     # "pichle hafte" (last week) is this week's news, as the Urdu weekdays are
     ("kal raat", "aaj subah", "aaj", "kal", "abhi", "pichle hafte", "pichhle hafte", "pichle haftay"), True),
    ("Hindi", ("गुज़र गया", "गुजर गया", "गुज़र गई", "गुजर गई", "मौत हो गई", "निधन", "मर गया", "मर गई", "देहांत हो ग"),
     # "अभी एक घंटे पहले": an hour ago, cut at its last consonant (a vowel sign ending a word is
     # no word letter to a word boundary)
     ("कल", "आज", "सुबह", "रात", "घंटे पहल", "घंटा पहल"), True),
    ("Bengali", ("মারা গেছে", "মারা গেল", "মারা যায়", "মারা গিয়েছে", "মৃত্যু হয়েছে", "mara gese", "mara geche",
                 "mara gelo", "mara gase"),
     # Sylheti "aij bikale nodi't dubi gese": drowned this afternoon
     ("গতকাল", "আজ", "কাল রাতে", "সকালে", "gotokal", "kal", "aaj", "ajke", "goto rait", "rait", "aij", "aiz"), True),
    ("Bengali (romanised)", ("dubi gese", "dube gese", "dube geche", "dubi geche", "dube gelo", "dubi gelo"),
     ("gotokal", "kal", "aaj", "ajke", "aij", "aiz", "goto rait", "rait"), True),
    ("Gujarati", ("ગુજરી ગ", "મૃત્યુ થયું", "મરી ગ", "અવસાન", "જીવ લઈ લીધો", "આત્મહત્યા કરી"), ("ગઈકાલે", "આજે", "રાત્રે", "સવારે", "કલાક પહેલા"), False),
    # "baby kale raat mari gayu": Gujarati written in Latin letters; the neuter only, as "hu mari gai
    # chhu" (I'm dead tired) is said of oneself
    ("Gujarati (romanised)", ("mari gayu", "gujri gay", "gujari gay",
                              "avsan thayu", "avsaan thayu"),
     ("kale raat", "kale", "gaikale", "gai kale", "aaje", "aaj savare", "aaje savare", "raate"), True),
    # "ਅੱਜ ਦੁਪਹਿਰੇ ... ਡੁੱਬ ਗਿਆ": drowned this afternoon; "ਉਹ ਨਹੀਂ ਬਚਿਆ": he did not survive
    ("Punjabi", ("ਗੁਜ਼ਰ ਗ", "ਗੁਜਰ ਗ", "ਮੌਤ ਹੋ ਗਈ", "ਮਰ ਗ", "ਦੇਹਾਂਤ ਹੋ ਗ", "ਅਕਾਲ ਚਲਾਣਾ ਕਰ ਗ", "ਡੁੱਬ ਗ", "ਨਹੀਂ ਬਚਿਆ",
                 "ਨਹੀਂ ਬਚੀ"),
     ("ਕੱਲ੍ਹ", "ਕੱਲ", "ਅੱਜ", "ਰਾਤ", "ਸਵੇਰੇ", "ਦੁਪਹਿਰ"), False),
    # "माझा मुलगा आज सकाळी वारला": Marathi
    ("Marathi", ("वारल", "मरण पावल", "मृत्यू झाला", "निधन झाल", "देवाघरी गेल"), ("काल", "आज", "सकाळी", "रात्री"), False),
    ("Pashto", ("مړ شو", "مړه شوه", "وفات شو"), ("نن", "پرون", "بېګا"), True),
    # "parun shpa mar shu": died last night, Pashto written in Latin letters ("mra shwa" of a girl)
    ("Pashto (romanised)", ("mar shu", "mar sho", "mra shwa", "mra shawa", "mra sha", "wafat shu", "wafat sho",
                            "wafat shwa", "wafat shawa"),
     ("parun", "parun shpa", "parun mazigar", "nan", "nan sahar", "nan shpa", "begah", "bega"), True),
    ("Kurdish", ("mir", "wefat kir", "کۆچی دوایی", "خنکا", "گیانی لەدەستدا"),
     ("duh", "doh", "do", "îro", "şeva borî", "دوێنێ", "ئەمڕۆ", "ئەمشەو"), True),
    # "mulas adadive rati": Romani, as the Roma families from Slovakia and Czechia write it
    ("Romani", ("mulas", "muľas", "mulo", "muľa"), ("adadive", "avdive", "arati", "idž", "adaj rat", "adadive rati"), True),
    ("Somali", ("dhintay", "geeriyooday"), ("shalay", "maanta", "xalay", "saaka"), True),
    # "Intalli koo torbee darbe du'e": Oromo, my daughter died last week
    ("Oromo", ("du'e", "du'ee", "duute"), ("torbee darbe", "kaleessa", "har'a", "edana", "halkan"), True),
    ("Tigrinya or Amharic", ("ሞይቱ", "ሞይታ", "ዓሪፉ", "ሞተ", "ሞተች", "አረፈ", "አረፈች"),
     ("ትማሊ", "ሎሚ", "ትናንት", "ትላንት", "ዛሬ"), False),
    ("Tamil", ("இறந்து", "இறந்தா", "உயிரிழந்"), ("இன்று", "நேற்று"), False),
    ("Malayalam", ("മരിച്ചു",), ("ഇന്ന്", "ഇന്നലെ"), False),
    # not a bare "අද" (today), which is the start of other words
    ("Sinhala", ("මිය ගියා", "මියගියා", "මිය ගිය", "මැරුණා", "අභාවප්‍රාප්ත"),
     ("ඊයේ", "අද උදේ", "අද රෑ", "අද දවල්", "අද උදෑසන"), False),
    ("Vietnamese", ("qua đời", "đã mất", "đã chết", "chết đuối", "mất sáng nay", "mất tối qua", "mất hôm qua",
                    "mất đêm qua"),
     ("hôm qua", "hôm nay", "sáng nay", "tối qua", "đêm qua"), True),
    ("Tagalog", ("namatay", "pumanaw", "nalunod", "binawian ng buhay"), ("kahapon", "kanina", "ngayong umaga", "kagabi"),
     True),
    ("Albanian", ("vdiq", "ndërroi jetë"), ("dje", "sot", "mbrëmë", "të hënën", "të martën", "të mërkurën",
                                            "të enjten", "të premten", "të shtunën", "të dielën", "te shtunen",
                                            "te dielen", "javën e kaluar"), True),
    ("Welsh", ("bu farw",), ("ddoe", "heddiw", "neithiwr"), True),
    ("Greek", ("πέθανε", "απεβίωσε", "έχασε τη ζωή", "πνίγηκε", "σκοτώθηκε"),
     ("χθες", "χτες", "σήμερα", "απόψε", "σήμερα το πρωί", "χθες το βράδυ"), True),
    # "sing kei yat hai uk kei fan gaau mou zo": Cantonese written in Latin letters (died asleep on
    # Sunday); not a bare "mou zo" (gone: money, time)
    ("Cantonese (romanised)", ("sei zo", "sei jo", "gwo san zo", "gwo zo san", "gwo jo san", "fan gaau mou zo",
                               "fan gau mou zo", "fun gaau mou zo"),
     ("kam yat", "kum yat", "cam yat", "gam yat", "gum yat", "kam maan", "kum maan", "gam ziu", "gum jiu",
      "ting yat", "sing kei yat", "sing kei luk", "lai baai yat"), True),
    ("Dutch", ("overleden", "gestorven", "overleed", "stierf", "verdronken", "verongelukt"),
     ("gisteren", "vandaag", "vannacht", "vanochtend", "vanmorgen", "gisteravond", "afgelopen nacht", "vanmiddag"), True),
    ("Croatian, Bosnian or Serbian", ("umro", "umrla", "umrlo", "preminuo", "preminula", "utopio", "utopila",
                                      "poginuo", "poginula"),
     ("jučer", "jucer", "juče", "juce", "danas", "sinoć", "sinoc", "jutros", "noćas", "nocas", "u nedjelju",
      "u nedelju", "u ponedjeljak", "u ponedeljak", "u utorak", "u srijedu", "u sredu", "u četvrtak", "u petak",
      "u subotu", "prošli tjedan", "prošlog tjedna", "prošle nedelje", "prošle sedmice", "prosli tjedan"), True),
    ("Swahili", ("amefariki", "alifariki", "amekufa", "alikufa", "amefariki dunia", "amezama"),
     ("jana", "leo", "usiku wa kuamkia", "asubuhi ya leo", "usiku wa jana"), True),
    ("Arabic (romanised)", ("mat", "metet", "matet", "twaffa", "twaffet", "itwaffa", "tuwuffi", "twafa"),
     ("embare7", "embari7", "emberi7", "mbare7", "mbere7", "mbari7", "lyom", "el yom", "elyom", "ilyom", "lyoum",
      "l youm", "el youm"), True),
    # "meninggal tadi pagi": Malay and Indonesian, "semalam" being last night or yesterday
    ("Malay or Indonesian", ("meninggal", "mati lemas"),
     ("tadi pagi", "pagi tadi", "semalam", "malam tadi", "tadi malam", "hari ini", "kemarin", "kelmarin", "pagi ini"),
     True),
    # "ti kú ní òwúrọ̀ yìí": Yoruba, with or without its tone marks
    ("Yoruba", ("ti kú", "ti ku", "ti ṣaláìsí", "ti salaisi", "ti ṣe aláìsí", "ti se alaisi"),
     ("lánàá", "lana", "alẹ́ àná", "alẹ ana", "ale ana", "lónìí", "loni", "lonii", "owurọ yii", "owuro yii",
      "òwúrọ̀ yìí", "àárọ̀ yìí", "aarọ yii", "aaro yii", "alẹ yii", "ale yii"), True),
    # "innale raathri marichu", "kazhinja aazhcha jeevanodukki": Malayalam written in Latin letters
    ("Malayalam (romanised)", ("marichu", "maranappettu", "maranapettu", "jeevanodukki", "jeevan odukki"),
     ("innale", "innu", "innu raavile", "kazhinja aazhcha", "ee aazhcha", "innale raathri", "innale rathri"), True),
    ("Chinese", ("去世", "过世", "過世", "离世", "離世", "死了", "夭折", "溺亡", "淹死"),
     # "上周在Blackpool去世了": last week, as the Turkish and Bulgarian rows take it
     ("今天", "昨天", "昨晚", "今早", "今晨", "昨夜", "刚才", "剛才", "上周", "上週", "上星期", "前天"), False),
    # "เด็กชายอายุ 10 ขวบ ... เสียชีวิตเมื่อคืน": Thai, died last night (written without spaces between words)
    ("Thai", ("เสียชีวิต", "จมน้ำ"), ("เมื่อคืน", "เมื่อวาน", "วันนี้", "เมื่อเช้า", "สัปดาห์ที่แล้ว"), False),
]
# A death and its day are told in one breath, not a paragraph apart: within the same sentence
# (the full stops of Latin, Arabic, Urdu, Chinese, Devanagari and Gurmukhi, and Ethiopic scripts).
_NEAR = 50
_STOPS = ".!?؟۔。।።\n"
# "murió hace un año y hoy es su cumpleaños": a death months or years ago, told beside today.
# also "mióta Dani meghalt" (Hungarian, ever since Dani died)
_LONG_AGO = re.compile(r"\b(?:mwaka|hace|há|temu|назад|тому|vor|il y a|în urmă|ago|a?mióta|месяц\w*|miesi\w*|mes(?:es)?|meses"
                       r"|months?|years?|lat|rok\w*|ani|anos?|años?|luna trecută|luna trecuta|anul trecut)\b|پیش|قبل|پچھلے|ماه|مہینے|سال")


# "moj brat Luka (24) umro je prošli tjedan", "imao je 23 godine": an adult's death, not the panel's.
# Also "۳۰ ساله" (Persian digits), "20 saal ka", "75 bochor", "22岁" (no space or boundary before it).
_ADULT = re.compile(r"(?:\(|\b)(?:[1۱١][89۸۹٨٩]|[2-9۲-۹٢-٩]\d) ?(?:\)|godin\w*|years?|yrs?|anni|ans|años|anos|lat|let|rok\w*"
                    r"|jaar|vjeç|vjec|yaş\w*|yas\w*|سنة|عام\w*|سال|ساله|tuổi|taon|sano|miaka|saal|bochor|bochhor|বছর"
                    r"|tahun|vayas\w*|vayass\w*|kalan|kalana|کلن|کلنه"
                    # "awoowgay 81 jir ayaa shalay ku dhintay", "19 साल के लड़के की", "їй було 72 роки", "ему было 80
                    # лет": Somali, Hindi, Ukrainian and Russian years
                    r"|jir|साल|वर्ष|рок(?:и|ів)|рік|лет|год(?:а|ов)?|годин(?:и|а)?)|(?:1[89]|[2-9]\d) ?(?:岁|歲)")


# "hass hass ke mar gaya 😂😂": died laughing, a figure of speech, not a death; so is "نن د کار نه
# ستړی مړ شوم" (dead tired from work today), in Pashto, Urdu or Hindi.
_JOKE = re.compile(r"\bhas+(te|ke)? has+(te|ke)? (ke )?(mar|marr)|😂|🤣|😆|\bhaha|\blol\b"
                   r"|ستړی مړ|\b(staray|stari|stary|stare) (mar|mra)\b|\bthak (ke|kar|k) (mar|marr)\b|تھک (کے|کر) مر"
                   r"|थक (के|कर) मर")


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


# A family passing on or putting right a fact of their child's case for the review, in their own
# language: a name spelt wrong, a date of birth or death, the day of the post-mortem. Each language:
# words one of which every phrase holds, and the phrases (read in lower-cased text).
CASE_FACTS: list[tuple[str, tuple[str, ...], str]] = [
    # (guarded by words of these languages alone: "inquest" and "correct" are in English mail)
    ("Portuguese", ("corret", "correcto", "errad", "incorret", "corrij", "escrito mal", "autópsia", "autopsia",
                    "necrópsia", "necropsia", "foi adiad", "foi remarcad", "foi mudad", "foi alterad"),
     r"\bo nome corre(c)?to (d[oa]s?|de)\b|\b(nome|apelido|sobrenome|data de (nascimento|óbito|obito|falecimento"
     r"|morte)) (est(á|a) |vem |veio |saiu )?(errad[oa]|incorret[oa]|escrito mal)\b|\bpor favor,? corrij(am|a)\b"
     r"|\b(est(á|a)|foi|vem|veio) escrito (errado|mal)\b"
     r"|\b(aut(ó|o)psia|necr(ó|o)psia)\b[^.?!\n]{0,40}\b(marcada|agendada|feita|realizada) (para|hoje|ontem|amanh(ã|a))\b"
     r"|\b(inquest|aut(ó|o)psia)\b[^.?!\n]{0,40}\bfoi (adiad|remarcad|mudad|alterad)[oa]\b"),
    ("Spanish", ("correcto", "mal escrito", "equivocad", "incorrecto", "incorrecta", "corrijan", "autopsia", "movido",
                 "cambiado", "aplazado", "pospuesto", "adelantado"),
     r"\bel nombre correcto (de|del)\b|\b(nombre|apellido|fecha de (nacimiento|fallecimiento|defunci(ó|o)n|muerte))"
     r" (est(á|a) )?(mal escrit[oa]|equivocad[oa]|incorrect[oa])\b|\bpor favor,? corr(ijan|(í|i)janlo)\b"
     r"|\bautopsia\b[^.?!\n]{0,40}\b(programada|fijada|prevista|realizada) (para|hoy|ayer|ma(ñ|n)ana)\b"
     # "el inquest de mi hijo se ha movido al 20 de octubre": a date of the case moved
     r"|\b(inquest|autopsia)\b[^.?!\n]{0,40}\b(se ha|ha sido|fue) (movido|cambiado|aplazado|pospuesto|adelantado)\b"),
    ("Romanian", ("corect", "greșit", "gresit", "autopsi", "inquest-ul", "inquestul", "anchet"),
     r"\b(data|ziua) corect(ă|a) (de na(ș|s)tere|a na(ș|s)terii|a decesului|a mor(ț|t)ii)\b|\bnumele corect\b"
     r"|\bv(ă|a) rog s(ă|a) corecta(ț|t)i\b|\b(scris|trecut)(ă|a)? gre(ș|s)it\b"
     r"|\b(numele|prenumele|data (de na(ș|s)tere|na(ș|s)terii|decesului))\b[^.?!\n]{0,40}\b(este |e )?gre(ș|s)it(ă|a)?\b"
     # "data autopsiei pentru fiul meu s-a schimbat": the day of the post-mortem or inquest moved
     r"|\b(data|ziua) (autopsiei|anchetei|inquest-ului|inquestului)\b[^.?!\n]{0,60}\bs-a (schimbat|mutat|amânat|amanat)\b"
     r"|\b(autopsia|ancheta|inquest-ul|inquestul)\b[^.?!\n]{0,40}\b(s-a|a fost) (mutat|amânat|amanat|schimbat|programat)(ă|a)?\b"),
    ("Romanian", ("adaug",),
     # "vreau să adaug ceva la dosarul fiului meu": something to add to a child's case
     r"\bvreau s(ă|a) adaug (ceva |un lucru )?(la|pentru|(î|i)n) dosarul\b"),
    ("Ukrainian or Russian", ("записали", "написали"),
     # "у лікарні записали, що…", "в отчёте написали, что…": what a record says, to be put right
     r"(записали|написали),? (що|что)\b"),
    ("Ukrainian or Russian", ("виправ", "исправ", " а не "),
     r"(виправити|виправте|виправіть|исправить|исправьте) (дату|ім'я|імʼя|прізвище|имя|фамилию)"
     r"|(померла|помер|умерла|умер|народил\w*|родил\w*) \d{1,2} \w+,? а не \d{1,2}\b"),
    ("Somali", ("khalad", "fadlan sax"),
     r"\b(taariikhda (dhalashada|dhimashada|geerida)|magac\w*)\b[^\n]{0,80}\bwaa khalad\b|\bfadlan sax(a|o)?\b"),
    ("Tagalog", ("mali ", "tama ", "dapat"),
     r"\bmali (po )?ang (spelling|pangalan|apelyido|birthday|petsa|date)\b"
     r"|\btama (po )?ba ang (spelling|pangalan|apelyido|petsa|birthday)\b"
     r"|\bdapat (po )?[\"“][^\"”]{2,40}[\"”] (po)?,? hindi [\"“]"),
    ("Vietnamese", ("viết sai", "ghi sai", "bị sai", "sửa giúp", "sửa lại", "không phải"),
     r"(tên|ngày sinh|ngày mất|ngày qua đời)[^.?!\n]{0,30}(viết sai|ghi sai|bị sai|không đúng)"
     # "xin chị sửa lại": please (you) put it right, as the family address the key worker
     r"|đúng là [\"“][^\"”]{2,40}[\"”],? không phải"
     r"|(xin|vui lòng) (hãy )?((anh|chị|em|cô|bà|ông|bạn|anh chị|các anh chị|quý vị) )?(hãy |vui lòng )?sửa (giúp|lại)"),
    ("Welsh", ("anghywir",),
     r"\b(enw|dyddiad (geni|marw|y farwolaeth))\b[^.?!\n]{0,50}\banghywir\b"
     r"|\bsillafu'?n anghywir\b"),
    # "letter ch naam galat likhya hoya", "नाम गलत लिखा है": a name or date written wrong
    ("Punjabi, Urdu or Hindi", ("galat", "ghalat", "غلط", "गलत", "ग़लत"),
     r"\b(naam|name|tareekh|tarikh|date of birth|janam di tareekh|janam ki tareekh)\b[^.?!\n]{0,30}"
     r"\b(galat|ghalat) (likhya|likhia|likha|likhi|likhiya|darj)\b"
     r"|(نام|تاریخ پیدائش|تاریخ وفات)[^.؟۔\n]{0,30}غلط (لکھا|لکھی|درج)|(नाम|जन्म तिथि|तारीख)[^.?।\n]{0,30}(गलत|ग़लत) (लिखा|लिखी|दर्ज)"),
    # "aap ne Mohammadali likha hai. Please theek kar dein": a name written wrong, to be put right
    ("Urdu or Hindi (romanised)", ("theek kar", "thik kar", "sahi kar", "durust kar"),
     r"\b(naam|name)\b[^\n]{0,80}\b(likha|likhi|likhya|likhia|spell\w*)\b[^\n]{0,40}\b(theek|thik|sahi|durust) kar "
     r"(dein|den|do|dijiye|dijie|dijye|de)\b"),
    # "la autopsia se hizo el 18 de noviembre": the day of the post-mortem passed on
    ("Spanish", ("autopsia",),
     r"\bautopsia\b[^.?!\n]{0,40}\b(se hizo|se realiz(ó|o)|se har(á|a)|se realizar(á|a)|fue|ser(á|a)) (el|ayer|hoy"
     r"|ma(ñ|n)ana|esta)\b"),
    # "úmrtní list byl po pitvě opraven", "pitva proběhla": the certificate or the post-mortem
    ("Czech or Slovak", ("úmrtní list", "úmrtný list", "umrtni list", "příčin", "príčin", "pitv"),
     r"\b(ú|u)mrtn(í|ý|i|y) list\b[^.?!\n]{0,60}\b(opraven|změněn|upraven|zmenen)\w*"
     r"|\bp(ř|r)(í|i)(č|c)in(a|u) smrti (je |bola |byla )?(nyní |teď |teraz |nově )?(uvedena|uveden(á|a)|změněna|zmenen(á|a)|opravena|opraven(á|a))\b"
     r"|\bpitv\w*[^.?!\n]{0,40}\b(proběhla|proběhne|prebehla|prebehne|se konala|se uskuteční|byla (provedena|přeložena|odložena)"
     r"|bola (vykonan(á|a)|presunut(á|a)|odložen(á|a)))\b"),
    # "skrodimas įvyks gruodžio 9 d.": the day of the post-mortem passed on
    ("Lithuanian", ("skrodim", "liudijim", "neteising", "klaiding"),
     r"\bskrodim\w*[^.?!\n]{0,40}\b(įvyks|įvyko|bus atliktas|buvo atliktas|atidėtas|numatytas|perkeltas)\b"
     r"|\bmirties liudijim\w*[^.?!\n]{0,40}\b(pataisyt|pakeist)\w*"
     r"|\b(vardas|pavardė|gimimo data|mirties data)\b[^.?!\n]{0,40}\b(neteising|klaiding)\w*"),
    # "સાચી જોડણી ... છે": the right spelling of the child's name
    ("Gujarati", ("સાચી જોડણી", "સાચું નામ", "સાચુ નામ", "ખોટું", "ખોટી", "ખોટુ", "સુધારો"),
     r"સાચી જોડણી|(સાચું|સાચુ) નામ|(નામ|જન્મ તારીખ|તારીખ)[^.?\n]{0,40}(ખોટું|ખોટી|ખોટુ) (લખ|છપા)"
     r"|કૃપા કરીને[^.?\n]{0,30}સુધારો કર(શો|જો|ો)"),
    # "ትክክለኛው ስሙ ... ነው": the right name, and a plea to put it right
    ("Amharic", ("ትክክለኛ", "አስተካክሉ"),
     r"ትክክለኛ(ው)? (ስሙ|ስሟ|ስም|የልደት (ቀን|ቀኑ|ቀኗ)|የሞተበት ቀን)|እባካችሁ (ያስተካክሉ|አስተካክሉ)"),
    # "የአስከሬን ምርመራው ... ተካሂዷል": the day of the post-mortem passed on
    ("Amharic", ("የአስከሬን ምርመራ",),
     r"የአስከሬን ምርመራ\S*[^።?\n]{0,60}(ተካሂዷል|ተደርጓል|ይካሄዳል|ይደረጋል|ተላልፏል|ተራዝሟል|ተቀይሯል)"),
    # "vards ir uzrakstits nepareizi - pareizi ir ...": a name or date written wrong
    ("Latvian", ("nepareiz", "izlabojiet", "pareizi ir"),
     r"\b(v(ā|a)rds|uzv(ā|a)rds|dzim(š|s)anas datums|mir(š|s)anas datums)\b[^.?!\n]{0,40}\bnepareiz\w*"
     r"|\bl(ū|u)dzu,? izlabojiet\b|\bpareizi ir\b[^.?!\n]{0,40}\bnevis\b"),
    # "gribēju pateikt vēl vienu lietu par Elzu, ko aizmirsu": one more thing about the child, forgotten at
    # the meeting, passed on now
    ("Latvian", ("aizmirsu",),
     r"\bv(ē|e)l (vienu|k(ā|a)du) lietu par\b[^.?!\n]{0,40}\bko (es )?(aizmirsu|biju aizmirsis|biju aizmirsusi)\b"),
    # "v liste je uvedená nesprávna adresa": a wrong address, name or date in the letter
    ("Czech or Slovak", ("nesprávn", "nespravn", "chybn"),
     r"\b(nesprávn|nespravn|chybn)\w* (adres|men|jmén|jmen|dátum|datum|priezvisk|příjmen|prijmen)\w*"
     r"|\b(adresa|meno|jméno|dátum|datum|priezvisko|příjmení)\b[^.?!\n]{0,30}\b(je|bol|bola|byl|byla|bolo|bylo) "
     r"(uveden\w* )?(nesprávn|nespravn|chybn)\w*"),
    # "na carta está escrito que ... Não é verdade": a fact in the letter put right
    ("Portuguese", ("escrito que", "revisão", "revisao"),
     r"\bescrito que\b[^\n]{0,80}\bn(ã|a)o (é|e) (verdade|correto|certo)\b"
     r"|\bpara a revis(ã|a)o\b[^.?!\n]{0,30}\b(esteja|fique|seja) (cert|corret)"),
    # "vi confermiamo il decesso di L. T.": a clinician confirming a death; a wrong date of it
    ("Italian", ("decesso",),
     r"\b(vi |le )?(confermiamo|comunichiamo|segnaliamo|notifichiamo|confermo|comunico|segnalo) (il )?decesso\b"
     r"|\b(data|luogo|causa|ora) (del|di) decesso\b[^.?!\n]{0,40}\b(sbagliat|errat|non (è|e) corrett)\w*"),
    # "να προσθέσω μια πληροφορία για την εξέταση της υπόθεσης": a fact added for the review
    ("Greek", ("προσθέσω", "λάθος"),
     r"προσθέσω (μια |μία |κάποιες |μερικές )?πληροφορ\w*[^.;!\n]{0,40}(υπόθεσ|εξέταση|αναθεώρηση|ανασκόπηση)"
     r"|(όνομα|ημερομηνία (γέννησης|θανάτου)|διεύθυνση)[^.;!\n]{0,40}(είναι |ήταν |γράφτηκε )?λάθος"),
    # "искам да ви уведомя, че ... почина бебе": a death passed on to the team, told as news
    ("Bulgarian", ("уведом", "съобщ", "информирам"),
     r"(уведомя|уведомим|уведомявам|съобщя|съобщим|информирам)\w*,? че[^.?!\n]{0,60}(почина|умря|загина)"),
    # "اس کی موت کے بارے میں اسکول کی رپورٹ ... آپ کے ریویو میں جانی چاہیے": a paper for the review
    ("Urdu", ("ریویو", "جائزے"),
     r"(رپورٹ|کاغذات|کاغذ|دستاویز\S*|خط)[^۔?\n]{0,60}(آپ کے |آپ کی )?(ریویو|جائزے) میں (جانی|جانا|جانے|شامل)"),
    # "получихме резултата от аутопсията: ...": the post-mortem result passed on, to be added to the
    # review; not "кога ще знаят резултатите от аутопсията" (asking when it will come)
    ("Bulgarian", ("аутопси", "добавете"),
     r"(получихме|получих|дойдоха|дойде|излезе|излязоха|имаме) (\S+ ){0,2}резултат\w* от аутопсия\w*"
     r"|резултат\w* от аутопсия\w*( (е|са|беше|бяха|показа\w*)\b|\s*:)|аутопси\w*[^.?!\n]{0,40}(насрочен|беше направен|ще бъде направен|отложен)\w*"
     r"|добавете (го|я|това|ги) към (прегледа|случая|досието)"),
    # "a e keni marrë njoftimin?": has the notification of the child's death come in
    ("Albanian", ("njoftimin",), r"\b(e )?keni (marr(ë|e)|marre) njoftimin\b"),
    ("Arabic", ("صحيح", "خطأ", "خطا", "غلط", "وليس"),
     r"(تصحيح|التصحيح|والصحيح|الصحيح هو)[^.؟\n]{0,80}(اسم|تاريخ (الوفاة|الوفاه|الميلاد|الولادة))"
     r"|(اسم|تاريخ (الوفاة|الوفاه|الميلاد|الولادة))[^.؟\n]{0,80}(والصحيح|خطأ|خطا|غلط|وليس)"),
    # "il est écrit que c'est la nounou qui était avec Louis ... Ce n'est pas exact": a fact in a record
    # put right; "je voudrais que ce soit corrigé avant que le dossier aille au panel"; "le nom est mal
    # écrit"
    ("French", ("écrit", "ecrit", "corrig", "rectifi", "erroné", "errone", "incorrect"),
     r"\b(é|e)crit (que|qu')[^\n]{0,120}\b(ce n'est pas|c'est pas|ce n'est plus) (exact|vrai|correct|juste)\b"
     r"|\b(nom|pr(é|e)nom|date de (naissance|d(é|e)c(è|e)s|la mort|son d(é|e)c(è|e)s))\b[^.?!\n]{0,40}"
     r"\b(est |sont |a (é|e)t(é|e) )?(erron(é|e)e?s?|incorrecte?s?|mal (orthographi(é|e)e?|(é|e)crite?))\b"
     r"|\b(je voudrais|j'aimerais|merci de|pourriez-vous|pouvez-vous|veuillez)\b[^.?!\n]{0,30}\b(corrig|rectifi)\w*"
     r"[^.?!\n]{0,60}\b(dossier|panel|revue|compte rendu|rapport|examen)\b"),
    # "A levelükben az áll, hogy ... Ez téves", "Kérem, javítsák ki": a fact in the letter put right; not
    # "a dátum nem hibás" (is not wrong)
    ("Hungarian", ("téves", "teves", "javíts", "javits", "hibás", "hibas", "helytelen", "nem helyes", "nem pontos"),
     r"\bk(é|e)rem,? jav(í|i)ts(á|a)k ki\b"
     r"|\bez (az adat |a d(á|a)tum |az id(ő|o)pont |a n(é|e)v )?(t(é|e)ves|hib(á|a)s|helytelen|nem helyes|nem pontos)\b"
     r"|\b(n(é|e)v|neve|nev(é|e)t|sz(ü|u)let(é|e)si d(á|a)tum|d(á|a)tum|id(ő|o)pont)\b[^.?!\n]{0,40}"
     r"(?<!nem )\b(t(é|e)ves|hib(á|a)s|helytelen|t(é|e)vesen|hib(á|a)san)\b"),
    # "eta ki review te lagbe?", "এটা কি রিভিউতে লাগবে": is this (a fact forgotten) needed for the review
    ("Bengali", ("রিভিউ", "lagbe", "laagbe", "dorkar", "dite hobe", "jabe"),
     r"\b(eta|eita|etao|eitao|ei kotha|ei kothata|ei totthyo|ei tottho)( ki)?\b[^.?!\n]{0,20}"
     r"\b(review|riview)[- ']?(te|e|er jonno) (lagbe|laagbe|dorkar|dorkar hobe|dite hobe|jabe)\b"
     r"|(এটা|এটাও|এই কথা|এই কথাটা|এই তথ্য)( কি)?[^.?!।\n]{0,20}(রিভিউ)\S*[^.?!।\n]{0,10}(লাগবে|দরকার|দিতে হবে|যাবে)"),
    # "Per favore aggiungete questo alle informazioni sul suo caso", "añadan esto al expediente de mi
    # hijo", "acrescentem isto ao processo da minha filha": a fact added to the child's case; not
    # "podem adicionar isto ao meu pedido de apoio" (a request of their own)
    ("Italian", ("aggiung", "inserit", "inserire"),
     r"\b(aggiungete|aggiungere|aggiungetelo|aggiungerlo|inserite|inserire)\b (quest[oaie]|quest'|queste informazioni"
     r"|quest'informazione|l'informazione|questa informazione|questo dettaglio|questi dettagli)\b[^.?!\n]{0,50}"
     r"\b(caso|fascicolo|pratica|revisione|review|dossier)\b"),
    ("Spanish", ("añad", "anad", "incluy", "incluir", "agreg"),
     r"\b(a(ñ|n)adan|a(ñ|n)adir|incluyan|incluir|agreguen|agregar) (esto|esta informaci(ó|o)n|este dato|estos datos)\b"
     r"[^.?!\n]{0,50}\b(caso|expediente|revisi(ó|o)n|review)\b"),
    ("Portuguese", ("acrescent", "adicion", "incluam", "incluir"),
     r"\b(acrescentem|acrescentar|adicionem|adicionar|incluam|incluir) (isto|isso|esta informa(ç|c)(ã|a)o|este dado"
     r"|estes dados)\b[^.?!\n]{0,50}\b(caso|processo|revis(ã|a)o|review)\b"),
    # "maar het was 21-03-2015. Wilt u dat aanpassen in het dossier voor de review?": Dutch, a date
    # put right in the child's file; not "kunt u de afspraak aanpassen" (an appointment)
    ("Dutch", ("aanpassen", "corrigeren", "verbeteren", "wijzigen"),
     r"\b(wilt|kunt) u (dat|dit|de datum|de naam|het)\b[^.?!\n]{0,30}\b(aanpassen|corrigeren|verbeteren|wijzigen)"
     r"\b[^.?!\n]{0,30}\b(dossier|review|verslag|gegevens)\b"),
    # "اسم دخترم را ... نوشته‌اید ... لطفا درستش کنید": Farsi, my daughter's name written wrong, please
    # put it right
    ("Farsi or Dari", ("درستش", "اصلاح", "تصحیح"),
     r"(اسم|نام|تاریخ)[^.!?؟]{0,80}(درستش کنید|اصلاحش کنید|تصحیحش کنید|را اصلاح کنید|را تصحیح کنید)"),
]
_CASE_FACTS = GuardedSet([guarded([needles], pattern, label=language) for language, needles, pattern in CASE_FACTS])


def recent_death_in_another_language(lowered: str) -> tuple[str, str] | None:
    """The language and the words of a recent death told in another language (in lower-cased
    text), or of a fact of a child's case passed on or put right in one, or None."""
    for phrase in _LANGUAGES.runnable(lowered):
        for match in phrase.finditer(lowered, lowered):
            if (not _LONG_AGO.search(match.group(0)) and not _ADULT.search(sentence(lowered, match, _STOPS))
                    and not _JOKE.search(lowered[max(0, match.start() - 30):match.end() + 8])):
                return phrase.label, match.group(0)
    for phrase in _CASE_FACTS.runnable(lowered):
        if match := phrase.search(lowered, lowered):
            return f"{phrase.label}, a case fact", match.group(0)
    return None
