"""Crisis phrases in the languages most often written to the team besides English.

The English templates cannot read "nie chcę już żyć" or "main ab aur nahi jee sakti", and a
parent who writes in their first language at 2 a.m. is no less at risk. Each pattern is a
first-person wish to die, a plan to end it, or someone being hurt now, written from how these
languages say it (romanised Urdu, Punjabi, Bengali, Gujarati, Arabic and Russian as well as their
scripts), never a lone word for death or grief: "mera beta guzar gaya" (my son died) must not
fire.
"""
from __future__ import annotations

import re

from triage.rules.guarded import GuardedSet, guarded

# Each language (some more than once, a group of phrases with their own words): words one of which
# every phrase holds (looked for first: a search for a word costs far less than the expression),
# and the phrases.
PHRASES: list[tuple[str, tuple[str, ...], str]] = [
    ("Urdu or Hindi", 
        ("sakt", "paung", "rehna", "chaht", "mar ja", "mar jao", "kushi", "apni jaan", "khatam kar", "maar ra",
         "saans", "honth", "hont", "wajah", "waja", "badla", "مر جا", "چاقو", "مار رہ",
         "خودکشی", "چاہت", "رہنا", "اپنی جان"),
        r"\b(nahi|nahin|nai) (jee|ji|jy) (sakti|sakta|sakte|paungi|paunga)\b|\bzinda (nahi|nahin) rehna\b"
        # not "marna chahti thi" (wanted to, then): past
        r"|\b(marna|mar jana) (chahti|chahta|chahte)\b(?! (thi|tha|the)\b)"
        # not "mar jaunga hasi se", "hans hans ke", "sharam se mar jaungi" (of laughing, of shame): an idiom
        r"|(?<!sharam se )(?<!sharm se )(?<!hasi se )(?<!hansi se )\bmar (jaungi|jaunga|jayegi|jayega|jaoongi)\b"
        r"(?! (hasi|hansi|hass?i|hans|has) ?(se|ke|hans ke)\b| (sharam|sharm|garmi|thand|bhook|bhuk) se\b)"
        r"|\bkhud ?kushi kar (lungi|lunga|leti|leta|rahi|raha)\b"
        # not "apni jaan le li", "de di": a death told as past
        r"|\bapni jaan (le|lena|de|dena|le lungi|le lunga|de dungi|de dunga)\b(?! (li|lee|lii|liya|lia|di|dee|diya|dia)\b)"
        r"|\b(sab|sab ?kuch|khud ko) khatam kar (dungi|dunga|lungi|lunga|deti|deta)\b"
        r"|\b(mujhe|humein|hamein|bachon|bachay|bachey|bachchon)\b.{0,25}"
        r"\bmaar (raha|rahi|rahe) (hai|hain|he)\b"
        r"|\bsaa?ns (nahi|nahin|nai) (le )?(raha|rahi|rahe|pa)\b(?! (thi|tha|the)\b)|\bneel?[ae] ho?nt?h\b"
        r"|\b(koi )?wajh?a?h? (nahi|nahin|nai) (zinda rehne|jeene|jine) ki\b"
        r"|\b(zinda rehne|jeene|jine) ki koi wajh?a?h? (nahi|nahin|nai)\b|\bbadla (lunga|lungi|lenge) aaj\b"
        # not "مرنا چاہتی تھی" (wanted, then), "اپنی جان لے لی", "لے لئی سی" (a death told as past)
        r"|خودکشی کر (لوں|لونگی|لوں گی|لوں گا)|(مرنا|جینا نہیں) چاہت(?![یاے]? (تھی|تھا|تھے))|زندہ نہیں رہنا"
        r"|اپنی جان (لے|دے)(?! (لی|لئی|لیا|دی|دتی|دیا|دتا)(?!\w))"
        r"|بھی مر (جائے|جاؤں|جاؤنگی|جائیگی) (گی|گا)|ہاتھ میں چاقو|(نوں|کو) مار (رہیا|رہی|رہا|رہے)",
    ),
    ("Urdu or Hindi", ("ek saath", "paas chal", "ko maar", "kood", "گولیاں", "को मार"),
     r"\bsab ek saath kha (lun|loon|lungi|launga)\b|\b(us|uske|unke|uske) (ke )?paas chali? ja(on|oon|ungi|aungi|ounga)\b"
     r"|\bko maar (raha|rahi|rahe) (hai|hain|he)\b|\bkood (jayegi|jaungi|jaunga|jayega|jaaungi)\b"
     r"|ساری (نیند کی )?گولیاں|को मार (रहा|रही|रहे) (है|हैं)"),
    ("Punjabi", 
        ("jeena", "jina ", "jaan de", "jaan le", "goliyan", "khatam", "ਖੁਦਕੁਸ਼ੀ", "ਮਰਨਾ", "ਜੀਣ", "ਛਾਲ", "maar de",
         "knife", "ਕੋਲ ਜਾਣਾ"),
        r"\b(nahi|nahin|nai) (jeena|jina) (chaundi|chaunda|chahundi|chahunda|chondi|chonda)\b"
        r"|\bjaan (de|le) (devangi|devanga|lavangi|lavanga|dena|deni)\b"
        r"|\bgoliyan\b.{0,40}\bkha (lavangi|lavanga|laungi|launga|lainiyan)\b"
        r"|\bapne (aap|ap) (nu|noo|nun) khatam kar\b"
        r"|\bknife (lai|lay|le) ?ke (gaya|gayi|gya|nikla|nikli)\b"
        r"|\b(ohnu|ohnoo|onu|usnu) maar (dena|deni|dunga|devanga)\b"
        # not "ਉਦੋਂ ਮੈਂ ਵੀ ਮਰਨਾ ਚਾਹੁੰਦੀ ਸੀ" (wanted to, then): past
        r"|ਖੁਦਕੁਸ਼ੀ ਕਰ ਲ|ਮਰਨਾ ਚਾਹੁੰਦ(?![ਾੀੇ]? (ਸੀ|ਸਾਂ|ਸਨ))|ਜੀਣ ਦੀ ਕੋਈ|ਜੀਣਾ ਨਹੀਂ|ਛਾਲ ਮਾਰ ਦੇਵਾਂ|(ਉਹਦੇ|ਉਸਦੇ|ਉਸ ਦੇ|ਉਹਦੀ) ਕੋਲ ਜਾਣਾ",
    ),
    ("Punjabi", ("ਜੀਆ ਜਾਂਦਾ", "ਕੋਲ ਚਲ", "ہمیشہ لئی"), r"ਨਹੀਂ ਜੀਆ ਜਾਂਦਾ|ਕੋਲ (ਚਲੀ|ਚਲਾ) ਜਾਣਾ|ہمیشہ لئی"),
    ("Polish", 
        ("zabi", "żyć", "zyc", "umrze", "zako", "ze sob", "sobie", "bije ", "katuje", "oddycha", "obudz",
         "wyszed", "wyszł", "wyszl", "poszed", "poszł", "poszl", "wzi", "nóż", "noz", "moście", "moscie", "skocz"),
        # not "nie mówi, że chce się zabić" (she doesn't say she wants to) nor "nie chcę się zabić"
        r"\bzabi(ć|c|je|ję) si(ę|e)\b|(?<!nie m(ó|o)wi (ż|z)e chce )(?<!nie m(ó|o)wi, (ż|z)e chce )(?<!nie chc(ę|e) )"
        r"\bsi(ę|e) zabi(je|ję|ć|c)\b"
        r"|\bnie (chc(ę|e)|chce mi si(ę|e)) (już |juz )?(ż|z)y(ć|c)\b"
        r"|\bnie mam (już |juz )?si(ł|l)y (ż|z)y(ć|c)\b|\bchc(ę|e) (umrze(ć|c)|to zako(ń|n)czy(ć|c))\b"
        r"|\bsko(ń|n)czy(ć|ę|e) ze sob(ą|a)\b|\bodebra(ć|c) sobie (ż|z)ycie\b"
        r"|\b(bije|katuje) (mnie|nas|dzieci|dziecko)\b"
        r"|\bnie mog(ę|e) (jej|go|ich) obudzi(ć|c)\b|\b(dziwnie|ledwo|nie) oddycha\b"
        r"|\b(wyszed(ł|l)|wysz(ł|l)a|poszed(ł|l)|posz(ł|l)a|wzi(ą|a)(ł|l)|wzi(ę|e)(ł|l)a)\b.{0,40}\blin(ą|a|ę|e)\b"
        r"|\bmam w r(ę|e)(ku|ce) n(ó|o)(ż|z)\b|\bjestem na mo(ś|s)cie\b"
        r"|\bskocz(ę|e) (z|do rzeki|pod)\b|\bskocz(ę|e)\s*[.!]",
    ),
    ("Polish", ("ostatnia wiadomo", "skoczy"), r"\bmoja ostatnia wiadomo(ść|sc)\b|\bskoczy (z|do|pod)\b"),
    ("Romanian", 
        ("vreau", "nu mai", "sinucid", "mă omor", "ma omor", "omoar", "duc la", "bate", "pastile", "cuțit", "cutit", "rămas", "ramas",
         "închis", "inchis", "balcon"),
        r"\bvreau s(ă|a) mor\b|\bnu mai (pot|vreau s(ă|a)) tr(ă|a)i(esc)?\b|\bnu mai pot\s*[.!]"
        r"|\bs(ă|a) m(ă|a) sinucid\b|\bm(ă|a) sinucid\b|\bm(ă|a) omor\b|\bs(ă|a) m(ă|a) omor\b"
        r"|\bs(ă|a) m(ă|a) duc la (el|ea)\b|\b(m(ă|a)|ne) bate (acum|mereu|tot timpul)\b"
        r"|\bbate copiii\b|\bacum (o|[îi]l|[îi]i|ne|m(ă|a)) bate\b|\b(o|[îi]l) bate pe\b"
        r"|\b(a|am) (luat|[îi]nghi(ț|t)it) toate pastilele\b"
        # not "mă omoară birocrația asta", "mă omoară dorul": red tape, longing, a figure of speech
        r"|\b(m(ă|a)|ne) omoar(ă|a)\b(?! (birocra|a(ș|s)teptar|dor|durere|stres|munc|c(ă|a)ldur|plictiseal|ru(ș|s)in|emo(ț|t)i"
        r"|r(â|a)s|grij|g(â|a)nd|t(ă|a)cer|sistem|h(â|a)rti|formular|nesiguran|incertitudin|triste(ț|t))\w*)|\b(are|a luat) un cu(ț|t)it\b"
        r"|\b(ia|a luat|am luat|iau) (toate )?pastile(le)?\b.{0,40}\br(ă|a)mas bun\b|\b(î|i)(ș|s)i ia r(ă|a)mas bun\b"
        r"|\b(copilul|copilu|fetița|fetita|băiatul|baiatul)\b.{0,40}\b(î|i)nchis (pe balcon|afar(ă|a))"
        r"|\b(ț|t)ine (copilul|copilu|fetița|fetita|băiatul|baiatul)\b.{0,25}\bpe balcon\b",
    ),
    ("Romanian", ("venele",), r"\b(ș|s)i-a t(ă|a)iat venele\b|\bmi-am t(ă|a)iat venele\b"),
    ("Spanish", 
        ("morir", "puedo", "vivir", "arme", "acabar", "pega", "golpea", "pastillas"),
        # not "me quiero morir de la vergüenza" (of shame) or "de risa" (laughing): an idiom
        r"\bquiero morir(me)?\b(?! de (la |el |tanta |tanto )?(verg(ü|u)enza|risa|envidia|aburrimiento|calor|fr(í|i)o"
        r"|hambre|sue(ñ|n)o|cansancio|nervios|asco))|\bno puedo seguir( (así|asi|adelante|viviendo|más|mas))?\s*[.,!]"
        r"|\bno puedo más\s*[.,!]|\b(tomar|tomarme|tomaré|tomé|me tomé) todas las pastillas\b"
        # not "no quiero vivir en este país", "aquí": a place, not life ("en este mundo" is life)
        r"|\bno quiero (seguir )?vivir\b(?! (en (este|esta|ese|esa|aquel|aquella) (pa(í|i)s|ciudad|pueblo|casa|piso|barrio|lugar)|en inglaterra"
        r"|en el reino unido|aqu(í|i)|all(í|i))\b)|\bmatarme\b|\bquitarme la vida\b|\bsuicidarme\b"
        r"|\bacabar con (todo|mi vida)\b|\b(me|nos) (pega|pegan|golpea)\b",
    ),
    ("Spanish", ("cortando",), r"\bse est(á|a) cortando\b|\bme estoy cortando\b"),
    ("Portuguese", 
        ("morrer", "consigo", "viver", "matar", "tirar", "suicidar", "aguento", "volto"),
        # not "quero morrer de vergonha" (of shame) or "de rir" (laughing): an idiom
        r"\bquero morrer\b(?! de (vergonha|rir|tanto rir|inveja|t(é|e)dio|calor|frio|fome|sono|cansa(ç|c)o|nervos))"
        # not "não quero viver neste país", "aqui": a place, not life
        r"|\bn(ã|a)o consigo mais( viver)?\s*[.,!]|\bn(ã|a)o quero (mais )?viver\b(?! ((neste|nesse|naquele) (pa(í|i)s|lugar|bairro|apartamento)|(nesta|nessa|naquela) (cidade|casa|terra)"
        r"|na inglaterra|em inglaterra|no reino unido|aqui|al(í|i)|l(á|a))\b)"
        r"|\bme matar\b|\bmatar-me\b|\btirar (a )?minha (pr(ó|o)pria )?vida\b|\bsuicidar\b"
        r"|\bn(ã|a)o aguento mais(?: viver| sem (?:\w+ ){0,2}\w+)?\s*[.,!]|\be n(ã|a)o volto( mais)?\s*[.,!]",
    ),
    ("Portuguese", ("matar", "acabo com", "espancando"),
     r"\bse vai matar\b|\bvou me matar\b|\bacabo com tudo\b|\b(est(á|a)|t(á|a)) espancando\b"),
    ("Slovak or Czech", 
        ("zabij", "nechc", "nevl", "ukon", "zomrie", "umř", "umr", "proč ž", "proč z", "proc ž", "proc z", "všechny", "vsechny", "bije",
         "zamk"),
        r"\bzabijem sa\b|\bzabiju se\b|\bnechcem (už |uz )?(ž|z)i(ť|t)\b"
        r"|\bnechci (už |uz )?(ž|z)(í|i)t\b"
        r"|\b(už|uz) nevl(á|a)dzem\b|\bukon(č|c)(í|i)m to\b"
        r"|\bchcem zomrie(ť|t)\b|\bchci um(ř|r)(í|i)t\b|\b(sa|se) zabije\b"
        r"|\bnem(á|a)m pro(č|c) (ž|z)(í|i)t\b|\b(vezmu|spolknu|sn(í|i)m) (je )?v(š|s)echny\b"
        r"|\bbije (svoje |své |sve )?(d(ě|e)ti|d(í|i)t(ě|e)|m(ě|e)|n(á|a)s)\b|\bzamk(ol|la|l)\b.{0,40}\bna balk(ó|o)n",
    ),
    ("Slovak or Czech", ("chce za",), r"\bchce za (ním|nim|ní|ni)\b"),
    ("Farsi", ("خوام", "کنم", "قرص", "تونم", "khodam", "nemitoon", "چاقو", "کشد"),
              r"نمی‌?\s?خوام زنده|می‌?\s?خوام بمیرم|تمومش می‌?\s?کنم|خودکشی می‌?\s?کنم|همه‌?\s?(ی )?قرص"
              r"|دیگه نمی‌?\s?تونم|با چاقو (در خانه|دنبال|تهدید)|همه را می‌?\s?کشد"
              r"|\bkhodam[ou]? (mi-?)?kosh(am|ham)\b|\bdige nemitoon(am|em)\b"),
    ("Farsi", ("اندازم", "تصمیمم", "چاقو دست"), r"خود(م)? را (می‌?\s?)?اندازم|تصمیمم را گرفته|چاقو دستش"),
    ("Arabic", ("أموت", "اموت", "نفسي", "أنتحر", "أعيش", "اعيش", "العيش", "حياتي", "يضرب", "نفسه", "نفسها",
                "drob", "mout", "moot", "7ali", "سأحرق", "البنزين", "تضرب", "يضرب", "حافة"),
               r"أريد أن أموت|اريد ان اموت|أقتل نفسي|اقتل نفسي|سأنتحر|لا أريد أن أعيش|لا اريد ان اعيش"
               r"|لا (أستطيع|استطيع) العيش|(سأنهي|أنهي|انهي|سانهي) حياتي|يضربني|يضربنا"
               r"|(سيقتل|سوف يقتل|يريد أن يقتل|تريد أن تقتل|ستقتل) (نفسه|نفسها)"
               r"|\b(3am|3m) ?y?[ie]?drob(ni|na|ha|o)\b|\bbadd?(i|e|y) (mout|moot)\b"
               r"|\b(a2tol|2tol|e2tol) (7ali|nafsi)\b|سأحرق(ها|ه|هم)?|(ومعي|معي|مع) البنزين"
               r"|(بتضرب|بيضرب|عم تضرب|عم يضرب) (بنت|ابن|ولاد|اولاد|أولاد|الولد|البنت)"
               r"|على حافة (الشباك|النافذة|السطح|الجسر|الشرفة)"),
    ("Arabic", ("بدي روح", "jisr", "nmout"),
     r"بدي روح (معه|معها|لعنده|لعندها)|\bray?h?a 3a ?l ?jisr\b|\bbghit nmout\b"),
    ("Bengali", ("আত্মহত্যা", "চাই", "ওষুধ", "পারছি", "bachte", "morte chai", "more jete", "hott", "hotya", "lafi", "firbo",
                 "লাফ", "nodit", "nodiy"),
                r"আত্মহত্যা করব|মরে যেতে চাই|বাঁচতে চাই না|সব ওষুধ খেয়ে|আর পারছি না"
                r"|\bbachte chai ?na\b|\bmor(e jete|te) chai\b"
                r"|\ba(tmo|tto|tma)hott?(a|ya) kor(bo|te|chi)\b|\blafi(ye|e) por(bo|te)\b|\bar fir(bo|e ashbo) na\b"
                r"|লাফ (দেবে|দেব|দিবে|দিব|দেবো)|\bnod[iy]t (z|j)ai(bo|mu|tam)\b"),
    ("Gujarati", ("આત્મહત્યા", "છે", "નથી", "માંગ", "ગોળીઓ", "પૂરું", "jiv", "mari ja", "tmahatya", "nakh"),
                 r"આત્મહત્યા કરીશ|મરી જવું છે|જીવવું નથી|જીવવાનું મન નથી|જીવવા નથી માંગ|બધી ગોળીઓ|પૂરું કરી દઈશ"
                 r"|\bjivvu (nathi|na)\b|\bjivi (nathi|na) shak"
                 r"|\bmari (javu|jaish|jais)\b|\ba?atmahatya kar(ish|vi|va)\b|\bmaari nakh(ish|shu|she|va)\b"),
    ("Gujarati", ("કૂદી", "જતી રહ", "ગેસ ચાલુ"), r"કૂદી જ(શે|ઈશ|ઇશ)|હું પણ જતી રહ|ગેસ ચાલુ"),
    ("Ukrainian or Russian", 
        ("жити", "жить", "помер", "умер", "таблет", "себе", "себя", "собою", "собой", "можу", "могу", "zhit",
         "sebya", "pokonch", "ne mogu", "прыгн", "стрибн", "лезви", "ножем", "ножом", "бьёт", "бьет", "б'є",
         "бє "),
        r"не (хочу|хоче|хочет) (більше |больше )?(жити|жить)|(хочу|хоче|хочет) (померти|умереть)"
        r"|(вб'ю|вбю|убью|вб'є|вбє|убьет|убьёт) (себе|себя)|(покінчу|покончу|покінчить|покончит) (з собою|с собой)"
        r"|(вип'ю|выпью|прийму|приму) (всі|все) (таблетки|пігулки)|я (більше|больше) не (можу|могу)"
        r"|\bne (hochu|khochu|hochet|khochet|hochesh|khochesh) (bol'?she )?zhit'?\b|\bub'?(yu|et|yet|yot|jot) sebya\b"
        r"|\bpokonch(u|it) s soboj\b|\bya bol'?she ne mogu\b"
        r"|(прыгну|прыгнет|стрибну|стрибне)\b|\b(с|з) (лезвием|ножом|ножем)\b"
        r"|(бьёт|бьет|б'є|бє) (его|её|ее|меня|нас|ребёнка|ребенка|його|її|мене|нас|дитину|сина|доньку)\b",
    ),
    ("Ukrainian or Russian", ("выброс", "не ищи"), r"выбросит (его|её|ее)|не ищи(те)? меня"),
    ("Pashto", ("ووژنم", "ژوندی"), r"ځان ووژنم|نه غواړم چې ژوندی"),
    ("Pashto", ("ګولۍ", "نه راځم"), r"ټولې ګولۍ|بیا نه راځم"),
    ("Chinese", ("活", "死", "杀", "殺", "药", "藥", "跳", "生命", "撑不", "撐不", "去找", "去陪", "刀"),
                # not "我想死他了", "想死你了": missing someone terribly, an idiom
                r"不想活|想死(?!(你|您|他|她|它|你们|你們|他们|他們|她们|她們|我|宝宝|寶寶|宝贝|寶貝|儿子|兒子|女儿|女兒|孩子"
                r"|妈妈|媽媽|爸爸|哥哥|姐姐|弟弟|妹妹)(了|啦|呀|啊|喔|哦))"
                r"|(想|要|会|會|去|准备|準備|打算|就)(自杀|自殺)|自(杀|殺)(算了|吧)|轻生|輕生|跳楼|跳樓|(所有|全部)的?(药|藥)都?吃|唔想(活|生存)"
                r"|(结束|結束)(自己的?)?生命|(撑|撐)不下去|(拿着|拿著)刀"
                r"|(今晚|今天晚上|现在|現在)我?就?要?去(找|陪)(我的?)?(儿子|兒子|女儿|女兒|孩子|宝宝|寶寶|他|她)"
                r"|要去陪(我的?)?(儿子|兒子|女儿|女兒|孩子|宝宝|寶寶)"),
    ("Chinese", ("在打", "走进水", "走進水"), r"(还在|還在|正在)打|走进水里|走進水裡"),
    ("Welsh", ("lladd", "marw", "mynd ymlaen", "byw", "tabledi"),
              r"\blladd (fy|ei|ein) hun\b|\b(eisiau|isio|moyn) marw\b|\bddim yn gallu mynd ymlaen\b"
              r"|\bddim (eisiau|isio|moyn) byw\b|\btabledi i gyd\b.{0,60}\b(cymryd|llyncu)\b"
              r"|\b(cymryd|llyncu)\b.{0,40}\btabledi i gyd\b"),
    ("Hungarian", ("akar", "megölöm", "megolom", "véget", "beveszem", "bírom", "búcsúlevel", "kötél", "megöli"),
                  r"\bnem akarok (tovább |már )?élni\b|\bmeg akarok halni\b|\bmeg(ö|o)l(ö|o)m magam\b"
                  r"|\bvéget vetek\b|\bbeveszem az (ö|o)sszes\b|\bnem bírom tovább\b|\bbúcsúlevel"
                  r"|\bnem akar (tovább |már )?élni\b|\bkötéllel\b"
                  r"|\b(mondja|mondta|kiabálja|kiabálta|fenyeget\w*),? hogy megöli\b"),
    ("Hungarian", ("utána megy",), r"\butána megy(ek)?\b"),
    ("Latvian", ("dzīvot", "dzivot", "nomirt", "sevi", "tabletes", "neatgriez"),
                r"\bnegribu (vairs )?dz(ī|i)vot\b|\bgribu nomirt\b|\bnogalin(ā|a)(š|s)u sevi\b"
                r"|\b(iedz(e|ē)r|ie(ņ|n)em)\w* visas tabletes\b|\bteica,? ka neatgriez(ī|i)sies\b"),
    ("Turkish", ("kendi", "ölmek", "olmek", "yaşamak", "yasamak", "intihar", "ilaç", "ilac"),
                r"\bkendi(mi|ni) (ö|o)ld(ü|u)r(ece|mek)\w*|\b(ö|o)lmek istiyorum\b|\bya(ş|s)amak istemiyorum\b"
                r"|\bintihar ede(ce|ceğ|ceg)\w*|\b(b(ü|u)t(ü|u)n|t(ü|u)m) ila(ç|c)lar(ı|i) (i(ç|c)|al)\w*"),
    ("Turkish", ("dayanam", "jilet", "köprü", "kopru"),
     r"\bartık dayanam(ı|i)yorum\b|\bjiletle kes|\bk(ö|o)pr(ü|u)s(ü|u)n(ü|u)n (ü|u)st(ü|u)ndeyim\b"),
    ("French", ("mourir", "me suicid", "se suicid", "tuer", "finir", "jours", "jeter", "serai plus"),
               r"\bje veux mourir\b|\b(me|se) suicider\b|\b(vais|veux) me tuer\b|\b(va|veut) se tuer\b"
               r"|\b(vais|veux|va) en finir\b|\bmettre fin (à|a) (mes|ses) jours\b"
               r"|\b(me|se) jeter (sous|du|de|par)\b|\bje ne serai plus l(à|a)\b"),
    ("French", ("rasoir", "baignoire"), r"\blames de rasoir\b|\brempli la baignoire\b"),
    ("Italian", ("morire", "finita", "uccider", "ammazz", "spar", "vivere", "vita"),
                r"\bvoglio morire\b|\b(la faccio|farla|falla) finita\b|\buccider(mi|si)\b"
                r"|\bmi ammazzo\b|\bsi ammazza\b|\bmi sparo\b|\bsi spara\b|\bnon voglio pi(ù|u) vivere\b"
                r"|\btogliermi la vita\b"),
    ("Tagalog", ("sumunod", "kaya", "magpakamatay", "magpapakamatay", "mamatay", "mabuhay", "gamot", "pupuntahan"),
                r"\bgusto ko na(ng)? (sumunod|mamatay)\b|\bmagpa?pakamatay\b|\bhindi ko na kaya\b"
                r"|\bayoko na(ng)? mabuhay\b|\b(naka-?ipon|nag-?ipon)\b.{0,20}\bgamot\b|\bpupuntahan ko na si\b"),
    ("Tagalog", ("lahat ng gamot",), r"\blahat ng gamot\b"),
    ("Somali", ("kiniin", "kici", "is dil", "dhinto", "bood"),
               r"\bkiniinno? badan\b|\bma kici karo\b|\bis dil(i|ayaa|ayo|aa)\w*|\b(rabaa|doonayaa) inaan dhinto\b"
               r"|\bwaan boodayaa\b"),
    ("Somali", ("garaac",), r"\bgaraacayaa\b"),
    ("Lithuanian", ("gyvent", "numirt", "nusižud", "nusizud", "negaliu", "stogo"),
                   # not "nebenoriu gyventi šitoje šalyje", "čia": a place, not life ("šiame pasaulyje" is life)
                   r"\bneb?enoriu (daugiau )?gyventi\b(?! ((š|s)itoje|(š|s)ioje|toje) ((š|s)alyje|vietoje)\b"
                   r"|((š|s)itame|(š|s)iame|tame) (mieste|name|bute|kra(š|s)te)\b|(č|c)ia\b|ten\b|anglijoj)|\bnoriu numirti\b|\bnusi(ž|z)udysiu\b"
                   r"|\bnegaliu daugiau(?: gyventi| be (?:\w+ ){0,2}\w+)?\s*[.,!]|\bstovi ant (namo )?stogo\b"),
    ("Kurdish", ("bij", "bikuj", "bavêj", "bavej", "خۆم", "بمرم", "bo lay", "bo lai"),
                r"\bnaxwazim bij(î|i)m\b|\bxwe bikuj(im|e)\b|\bxwe bav(ê|e)j(im|e)\b"
                r"|\bde?(ch|ç|c)m bo la(y|i)\b"
                r"|خۆم دەکوژم|دەمەوێت? بمرم"),
    ("Kurdish", ("ژیانم",), r"کۆتایی بە ژیانم"),
    ("Tigrinya", ("ነብሰይ", "ክሞት"), r"ነብሰይ ክቐትል|ክሞት እደሊ"),
    ("Vietnamese", ("muốn chết", "tự tử", "muốn sống", "đi gặp", "giết", "đang đánh"),
                   r"tôi muốn chết|tôi (sẽ )?tự tử|không muốn sống nữa|tôi sẽ đi gặp (con|cháu|bé)"
                   r"|sẽ giết (chị|anh|em|mẹ|bố|con|tôi|cô|bà|nó)|đang đánh (mẹ|con|em|chị|tôi|bé)"),
    ("Bulgarian", ("убие", "самоубия", "живея"), r"ще (ме|ни|я|го) убие|ще се самоубия|не искам да живея"),
    ("Bulgarian", ("живее", " бие"), r"не иска да живее|(я|го|ме|ни) бие\b"),
    ("Malayalam", ("ജീവിക്കാൻ", "ആത്മഹത്യ"), r"ജീവിക്കാൻ (കഴിയില്ല|വയ്യ)|ആത്മഹത്യ ചെയ്യും"),
    ("Tamil", ("கொல்ல", "வாழ முடியாது"), r"(தன்னைக்|என்னைக்|தன்னை|என்னை) ?கொல்ல|வாழ முடியாது"),
    ("Tamil", ("எலி மருந்",), r"எலி மருந்"),
    ("Amharic", ("ራሴን", "መኖር"), r"ራሴን (አጠፋለሁ|እገድላለሁ)|መኖር አልችልም"),
    ("Amharic", ("ክኒን", "ቢላ"), r"ብዙ ክኒን|ቢላ ይ(ዛ|ዞ)"),
    ("Albanian", ("rreh", "vras"), r"\bpo (e |i |më |me )?rreh\b|\bdo (ta |të |te )?vras(ë|e|im)\b|\bdo vritem\b"),
    ("Albanian", ("jetoj",), r"\bnuk mund t(ë|e) jetoj\b"),
    ("Albanian", ("tabletat", "ilaçet", "ilacet"), r"\bt(ë|e) gjitha tabletat\b|\bgjith(ë|e|a) ila(ç|c)et\b"),
    ("Croatian, Bosnian or Serbian", ("tuče", "tuce", "ubiti", "ubit", "ubić", "ubic", "živjeti", "zivjeti", "živeti", "ziveti"),
     r"\b(tu(č|c)e|bije) (svoje |svoju |moje |moju )?(dijete|djecu|dete|decu|mene|nas|(ž|z)enu|mamu)\b"
     r"|\bprijeti da (ć|c)e (je|ga|me|nas|ih) ubiti\b|\bubi(t (ć|c)u|(ć|c)u) se\b"
     r"|\bne (želim|zelim|mogu) (više |vise )?(ž|z)i(vj|v)?eti\b"),
    ("Nepali", ("बाँच्न", "जिउने", "हाम फाल", "आत्महत्या", "औषधि", "उसकहाँ", "मर्छु"),
     r"बाँच्न सक्दिन|जिउने इच्छा छैन|हाम फाल्छु|आत्महत्या गर्छु|सबै औषधि (जम्मा|खान्छु|खाएँ)|(उसकहाँ|उनीकहाँ) जान्छु|म (पनि )?मर्छु"),
    ("Hindi", ("जी सकत", "दवाइयाँ", "दवाइयां", "आत्महत्या"),
     r"नहीं जी (सकती|सकता)|सारी दवाइ(याँ|यां)|आत्महत्या कर (लूँगी|लूँगा|लूंगी|लूंगा)"),
    ("Urdu", ("چھت پر", "نیچے نہیں", "پاس جانا", "پٹری", "برداشت"),
     r"چھت پر کھڑ(ی|ا)|نیچے نہیں آؤں|کے پاس جانا چاہت|پٹری کے پاس کھڑ(ی|ا)|اب برداشت نہیں"),
    ("Pashto", ("بالکوني",), r"یوازې.{0,30}بالکوني|بالکوني.{0,30}یوازې"),
    ("Yoruba", ("láìsí", "laisi", "oògùn", "oogun", "pa ara"),
     r"mi (ò|o) l(è|e) gb(é|e) l(á|a)(ì|i)s(í|i)|gbogbo o(ò|o)g(ù|u)n|pa ara mi"),
    ("Somali", ("raaco", "daawooyinka", "is dil", "isdil"),
     r"\binaan (raaco|la tago)\b|\bdaawooyinka oo dhan\b"
     # not "ma doonayo inaan isdilo", "ma rabo inaan isdilo" (does not want to)
     r"|(?<!ma doonayo inaan )(?<!ma rabo inaan )\bis ?dil(o|i doonaa)\b"),
    ("Greek", ("κοντά", "πεθάνω", "αυτοκτον", "αντέχω"),
     r"θέλω να πάω κοντά (της|του|τους)|θέλω να πεθάνω|(θα|να) αυτοκτονήσω|δεν αντέχω (άλλο|να ζω)"),
    ("Turkish", ("yaşayamam", "yasayamam", "elimde"), r"ya(ş|s)ayamam\b|(tabanca|silah)\w* elimde"),
    ("Hebrew", ("כדורים", "למות", "להתאבד"), r"לקחתי את כל הכדורים|רוצה למות|(רוצה|הולכת|הולך|מתכוונת|מתכוון) להתאבד"),
    ("Georgian", ("ვეღარ", "მოვიკლავ", "წავალ"), r"ვეღარ ვცოცხლობ|თავს მოვიკლავ|მასთან წავალ"),
    ("Oromo", ("ajjees", "jiraachuu"), r"\bof ajjees|jiraachuu hin danda'u"),
    # Added from missed messages: going to a dead child, held weapons, a child left alone or beaten.
    ("Slovak or Czech", ("zabi", "zbil", "ukon"),
     r"\b(povedal|povedala|povedal|hovor(í|i)|vyhr(á|a)(ž|z)a sa|(ř|r)(í|i)k(á|a)|(ř|r)ekl|(ř|r)ekla|k(ř|r)i(č|c)(í|i)),? "
     r"((ž|z)e )?(ma|m(ě|e)|n(á|a)s|ju|ho|ji|ich|je|seba|sebe) (zabije|zabi(ť|t))\b"
     r"|\b(dnes|teraz|pr(á|a)ve|dneska|te(ď|d)) (ma|m(ě|e)|n(á|a)s|ju|ho|ji) zbil\b|\b(ma|m(ě|e)|n(á|a)s) (dnes|teraz|pr(á|a)ve|dneska) zbil\b"
     r"|\bk(ř|r)i(č|c)(í|i),? (ž|z)e to ukon(č|c)(í|i)\b"),
    ("Kurdish", ("دەچمە لای", "دەچێتە لای", "دەچم بۆ لای", "دەچێت بۆ لای"),
     r"(دەچمە|دەچێتە|دەچم بۆ|دەچێت بۆ) لای (کوڕ|کچ|برا|خوشک|منداڵ|بەیبی)"),
    ("Latvian", ("uz jumta", "uz tilta"),
     r"\b(st(ā|a)vu|st(ā|a)v|esmu|s(ē|e)(ž|z)u|s(ē|e)(ž|z)|k(ā|a)pu|uzk(ā|a)pu) uz (jumta|tilta)\b"),
    ("Ukrainian or Russian", ("без телефону", "без телефона"),
     r"(пішла|пішов|пошла|пошёл|пошел|ушла|ушёл|ушел|вийшла|вийшов|вышла|вышел) (з|из) (дому|дома|хати) без телефон(у|а)"),
    ("Dutch", ("dood", "leven", "niet meer zijn", "zelfmoord", "einde", "van kant", "balkon", " dak", "brug", "raam",
               "pillen", "tabletten"),
     r"\b(ik wil|wil ik) (dood|niet meer leven|er niet meer zijn)\b|\b(wil|wilt) niet meer leven\b|\bzelfmoord (plegen|pleeg)\b"
     r"|\bik maak er een einde aan\b|\b(mezelf|zichzelf) van kant (maken|te maken)\b|\bmaak mezelf van kant\b"
     r"|\b(alle|al mijn|al haar|al zijn) (pillen|tabletten) (in|op)(nemen|genomen|slikken|geslikt)?\b"
     r"|\b(balkon|dak|brug|raam)\b.{0,80}\b(zegt|zei|roept),? dat (ze|hij) naar (?-i:[A-Z])\w+ (gaat|toe gaat|wil)\b"),
    ("Telugu", ("బ్రతకాలని", "బతకాలని", "చనిపోవాలని", "ఆత్మహత్య", "పట్టాల", "bratakalani", "batakalani",
                "chanipovalani", "atmahatya"),
     r"(బ్రతకాలని|బతకాలని) (లేదు|అనిపించడం లేదు)|చనిపోవాలని (ఉంది|అనిపిస్తోంది)|ఆత్మహత్య చేసుకుంటా|రైలు పట్టాల (దగ్గర|మీద)"
     r"|\b(bratakalani|batakalani) ledu\b|\bchanipovalani (undi|anipistondi)\b|\batmahatya chesukunta"),
    ("Japanese", ("死にたい", "生きていたくない", "生きていけない", "消えたい", "身を乗り出", "飛び降り", "のところに行",
                  "のところへ行", "の所に行", "の所へ行", "のとこに行", "のとこへ行", "全部飲", "自殺する",
                  "自殺したい", "自殺します"),
     r"死にたい|生きていたくない|もう生きていけない|消えたい|(ベランダ|窓|屋上|橋)から身を乗り出|飛び降り(る|よう|たい|ます)"
     r"|(息子|娘|あの子|赤ちゃん|子供|子ども|[\u3040-\u30ff\u4e00-\u9fff]{1,4}(ちゃん|くん|君)|「[\u3040-\u30ff\u4e00-\u9fff]{1,4})"
     r"の(ところ|所|とこ)(に|へ)行(く|きたい|きます|こう)"
     r"|薬を全部飲|自殺(する|したい|します)"),
    ("Gujarati or Hindi (romanised)", ("pankh", "પંખા", "पंखे"),
     r"\bpankh(a|e|o) (sathe|saathe|par|pe|se|ma|mein|thi)\b.{0,25}\b(dupatt|chunn|odhn|rass|doro|dori|saree|sari)"
     r"|પંખા (સાથે|પર).{0,25}(દુપટ્ટ|ચુન્ન|દોર|સાડી)|पंखे (से|पर).{0,25}(दुपट्ट|चुन्न|रस्सी|साड़ी)"),
    ("Arabic", ("وحده", "وحيد", "لوحده", "وحدهم", "تموت", "يموت", "السيارات", "يا دنيا", "يرمي", "أرمي", "ارمي",
                "ترمي", "سطح", "لن تعيش", "لن يعيش", "لن أعيش", "لن اعيش", "7alo", "7ala", "7ali", "nafs", "jesr", "jisr"),
     r"(تركوا|ترك|تركت|تاركين|تاركة) (\w+ )?(طفل|الطفل|الرضيع|أطفال|اطفال|الأطفال|ولاد|الولد|البنت)\w* (\w+ )?(وحده|وحيدا|وحيداً|لوحده|وحدهم|لوحدهم|وحدها)"
     r"|(تريد|يريد|بدها|بده|بدو|تبغى|يبغى) (أن|ان) ?(تموت|يموت)|(بدها|بدو|بده) (تموت|يموت)|أمام السيارات"
     r"|وداع(ا|اً|ًا) يا دنيا|(سيرمي|سترمي|سأرمي|رح يرمي|رح ترمي|يرمي|ترمي|أرمي|ارمي) (نفسه|نفسها|نفسي|حاله|حالها|حالي)"
     r"|على سطح (البناية|العمارة|المبنى|البيت|المنزل)\b.{0,40}(لا (تريد|يريد) (أن|ان) (تنزل|ينزل)|الآن|هلق)"
     r"|لن (تعيش|يعيش|أعيش|اعيش) بعد"
     r"|\b(yermi|yirmi|termi|irmi|ermi|armi) (7alo|7ala|7ali|nafso|nafsa|nafsi)\b|\bwa2(e|i)f(e|a)? (3nd|3and|3end|3ala|3a) (el |al )?j(e|i)sr\b"),
    ("Tagalog", ("susunod",),
     r"\bsusunod (na )?(daw |raw )?(ako|siya|sya|sha) (na )?(kay|kina|sa (baby|anak|kanya|kaniya|bunso|kapatid|kuya|ate|bata))\b"),
    ("Korean", ("죽고 싶", "자살하", "자살할", "따라가", "따라 가", "따라 죽", "살고 싶지", "뛰어내"),
     r"죽고 싶|(자살하|자살할)(겠|려|거|래)|(나도|자기도|저도|엄마도|아빠도) (따라가|따라 가|따라 죽)|살고 싶지 않|뛰어내(리겠|리려|릴|리고 싶)"),
    ("Italian", ("pillole", "pastiglie", "compresse", "farmaci", "ce la faccio", "raggiunger"),
     r"\b(preso|prendere|prendo|prender(ò|o)|ingoiato) tutte le (sue |mie )?(pillole|pastiglie|compresse)\b"
     r"|\b(dicendo|dice|detto|scritto|scrivendo) che (va|andr(à|a)|vuole andare) da (lui|lei|(?-i:[A-Z])\w+)\b.{0,80}"
     r"\b(pillole|pastiglie|compresse|farmaci)\b|\b(pillole|pastiglie|compresse|farmaci)\b.{0,80}"
     r"\b(dicendo|dice|detto|scritto|scrivendo) che (va|andr(à|a)|vuole andare) da (lui|lei|(?-i:[A-Z])\w+)\b"
     r"|\bnon ce la faccio pi(ù|u) a vivere\b|\b(voglio|vuole) raggiungere (mio|mia|suo|sua|lui|lei|il mio|la mia)\b"),
    ("Albanian", ("insulin", "kuptim"),
     r"\b(kam ndaluar|ndalova|kam lën(ë|e)|nuk marr m(ë|e)) insulin(ë|e)n\b|\bs'?ka kuptim t(ë|e) (vazhdoj|jetoj)\b"
     r"|\bnuk ka kuptim t(ë|e) (vazhdoj|jetoj)\b"),
    ("Lithuanian", ("šautuv", "sautuv", "ginkl", "virv", "nerašysiu", "nerasysiu", "atidaviau"),
     r"\b(i(š|s)(ė|e)jo|i(š|s)eina|pasi(ė|e)m(ė|e)|pa(ė|e)m(ė|e))\b.{0,20}\b(su )?(šautuv|sautuv|ginkl|virv)\w*"
     r".{0,100}\b(pas|neatsiliepia|nekelia|atsisveikin|negr(į|i)(š|s))"
     r"|\ba(č|c)i(ū|u) (jums )?u(ž|z) vis(ką|ka)\b.{0,40}\bdaugiau nera(š|s)ysiu\b"
     r"|\batidaviau (visus|visas|vis(ą|a)|savo)\b.{0,80}\bpara(š|s)iau lai(š|s)kus\b"),
    ("Farsi or Dari", ("چاقو گرفته", "خود را", "خودش را", "خودم را", "تنها"),
     r"چاقو گرفته|خود(ش|م)? را (می‌?\s?)?(زند|زنم)|خود(ش|م)? را (از [^.]{0,30})?(می‌?\s?)?انداز(د|م)"
     r"|(بچه|طفل|کودک)\w*.{0,40}تنها (در )?خانه (هستند|است|هست|اند|مانده)"),
    ("German", ("leben", "sterben", "umbring", "mich um", "aufwachen", "tabletten", "zurück", "zurueck", "seil", "strick"),
     r"\bich (will|möchte|moechte|kann) nicht mehr leben\b|\bich will sterben\b|\b(ich )?bring(e)? mich um\b|\bmich umbringen\b"
     r"|\bmir das leben nehmen\b|\bnicht mehr aufwachen\b|\btabletten liegen (bereit|schon bereit)\b"
     r"|\balle tabletten (nehmen|schlucken|genommen|geschluckt)\b"
     r"|\b(gehe|geht|fahre|f(ä|ae)hrt)\b.{0,40}\bund (komme|kommt) nicht (mehr )?zur(ü|ue)ck\b"
     r"|\b(das|ein|einen|den) (seil|strick)\b.{0,30}\bmit(genommen)?\s*([.,!]|$)"),
    ("Urdu or Hindi", ("مار دے گا", "مار ڈالے گا", "maar dega", "mar dega", "maar dalega", "maar daalega", "mar dalega",
                        "mar daalega", "phool", "phul", "fool", "ful rah"),
     r"(مجھے|ہمیں|بچوں کو|مجھ کو|ہم سب کو).{0,40}مار (دے|ڈالے) گا"
     r"|\b(mujhe|hamein|humein|bachon ko|bachay|mujhko)\b.{0,30}\b(jaan se )?(maar|mar) (dega|dalega|daalega)\b"
     r"|\bsaa?ns (phool|phul|fool|ful) (rahi|raha|rahe) (hai|he|h)\b"),
    ("Polish", ("wjecha", "wjad", "wjedzie"),
     r"\b(wjecha(ć|c)|wjad(ę|e)|wjedzie) (autem |samochodem )?(w|pod) (drzewo|(ś|s)cian(ę|e)|mur|ci(ęż|ez)ar(ó|o)wk(ę|e)|poci(ą|a)g|s(ł|l)up)\b"),
    ("French", ("vivre", "j'ai pris tou", "j'ai avalé tou", "j'ai avale tou"),
     r"\bje (ne )?veux plus vivre\b|\bj'ai (pris|aval(é|e)) (tout|toute|tous|toutes) (le flacon|la bo(î|i)te|mes|les) (de |d')?"
     r"(m(é|e)dicaments|cachets|somnif(è|e)res|comprim(é|e)s|pilules)"),
    ("Vietnamese", ("bị đánh", "tiếng đánh", "tiếng đập"),
     r"đang bị đánh|bị đánh (đang|rất)|nghe tiếng (đánh|đập)"),
    ("Romanian", ("plec la",),
     r"\bgrij(ă|a) de (copii|copil|copiii|copilu)\b.{0,40}\bplec (și eu |si eu )?la (ea|el|(?-i:[A-Z])\w+)\b"),
    ("Hausa", ("kashe kai", "kashe kan", "wuka"),
     r"\b(za ta|za ya|zai|zan|zata|zaya|tana so ta|yana so ya|ina so in) kashe (kanta|kansa|kaina|kai na)\b"
     r"|\b(kulle|rufe) kan(ta|sa) a d(a|á)ki da wuka\b"),
    ("Thai", ("ไม่อยากอยู่", "ไม่อยากมีชีวิต", "อยากตาย", "ฆ่าตัวตาย", "ยาทั้งหมด"),
     r"ไม่อยากอยู่แล้ว|ไม่อยากมีชีวิต(อยู่)?|(?<!ไม่)อยากตาย|จะฆ่าตัวตาย|กินยาทั้งหมด"),
    ("Punjabi", ("ਸਾਰੀਆਂ", "ਪੂਰੀ ਬੋਤਲ"),
     r"ਸਾਰੀਆਂ (ਗੋਲੀਆਂ |ਦਵਾਈਆਂ )?ਖਾ (ਲਵਾਂਗੀ|ਲਵਾਂਗਾ|ਲੈਣੀਆਂ)|(ਦਵਾਈਆਂ|ਗੋਲੀਆਂ) ਦੀ ਪੂਰੀ ਬੋਤਲ"),
    # Means at hand, farewells, going to a dead child, threats to a named person, and a child in
    # danger now, said the common way in each language.
    ("Polish", ("wszystkie tabl", "wszystkie leki", "wszystkie pigu", "zabije"),
     # "mam przed sobą wszystkie tabletki": the pills held, not a prescription talked about
     r"\b(mam|trzymam|wzi(ą|a)(ł|l)(em)?|wzi(ę|e)(ł|l)am|po(ł|l)kn(ę|e|ąłem|alem|ęłam|elam)|łyknę|lykne)"
     r"( (przed sob(ą|a)|tu|tutaj|w r(ę|e)ce|przy sobie|ju(ż|z)))? wszystkie (tabletki|leki|pigu(ł|l)ki)\b"
     # "krzyczy że zabije to dziecko": a threat to kill a child or someone, shouted now
     r"|\b(krzyczy|krzycza(ł|l)a?|grozi|grozi(ł|l)a?|wrzeszczy),? (że|ze) (\w+ ){0,2}zabije\b"
     r"|\bzabije (to |tego |te |moje |swoje |nasze )?(dziecko|dzieci|ma(ł|l)ego|ma(ł|l)(ą|a)|syna|c(ó|o)rk(ę|e))\b"),
    ("German", ("güterzug", "gueterzug", "vor den zug", "vor einen zug", "schlauch", "leid tut", "ich will zu"),
     r"\b(warte|wart) auf (den |einen )?(n(ä|ae)chsten )?g(ü|ue)terzug\b|\bvor (den|einen) zug\b"
     r"|\bschlauch\b.{0,60}\b(auto|garage|auspuff)\b|\b(auto|garage|auspuff)\b.{0,60}\bschlauch\b"
     # "sagen Sie meiner Frau, dass es mir leid tut": a goodbye left with the team
     r"|\bsag(en sie|t|e)? (meiner frau|meinem mann|meinen kindern|meiner mutter|meiner familie|meinen eltern),? "
     r"(dass|das) es mir leid tut\b"
     r"|\bich will zu (meinem sohn|meiner tochter|meinem kind|meinem baby|(?-i:[A-Z])\w+)\s*([.!]|$)"),
    ("Bengali", ("ঘুম ভাঙবে না", "ghum bhangbe na", "ছাড়ব না", "ছাড়বো না", "মেরে ফেলব", "dawai", "daowai", "oshud", "osud"),
     r"আর ঘুম ভাঙবে না|\bar ghum bhangbe na\b"
     r"|(ছাড়ব না|ছাড়বো না)[^\n]{0,80}(বাড়ি|ঠিকানা) (আমি )?(চিনি|জানি)|(বাড়ি|ঠিকানা) (আমি )?(চিনি|জানি)[^\n]{0,80}(ছাড়ব না|ছাড়বো না)"
     r"|(ওকে|তাকে|ওদের|তাদের|ওনাকে|[\u0980-\u09ff]+কে) মেরে ফেলব"
     # "sob dawai nia gese", "sob dawai ekhtha korsi": all the medicine taken or gathered
     r"|\bs(h)?ob (dawai|daowai|oshud|osud|oushodh)\b.{0,20}\b(nia|niye|niya|lia|loiya|ekhtha|ekotha|ekhta|khaisi|khailam|khamu|khabo"
     r"|khai ?laisi|khaia ?laisi|khailsi|kheye fel(echi|si)|khaye fel(echi|si))\b"),
    ("Amharic", ("እየደበደ", "እየመታ"), r"እየደበደ(በው|በኝ|ባት|ባቸው|ቡ|ባ)|(አሁን|አሁንም) እየመታ"),
    ("Korean", ("해칠",), r"(아기|아이|애|딸|아들|동생|누군가|사람)(를|을)? 해칠(까 봐| 것 같)"),
    ("Spanish", ("hacia el agua", "hacia el mar", "sentir nada"),
     r"\b(andando|caminando|andar|caminar|meterme|entrar) (hacia|en) el (agua|mar)\b.{0,40}\bhasta\b|\bhasta no sentir nada\b"),
    ("Shona", ("kumwana", "kuna mwana", "mapiritsi", "ndinoda kufa", "kurarama", "handichagoni", "chazviuraya"),
     r"\bndinoda kuenda (kumwana|kuna mwana)\w*\b|\bmapiritsi (ese|ose|mazhinji)\b|\bndinoda kufa\b"
     r"|\bhandichad(a|i) kurarama\b|\bhandichagoni\s*[.!]|\bndichazviuraya\b"),  # not "ndakambofunga kuzviuraya" (thought once)
    ("Romanian", ("motorul pornit", "motorul mergând", "motorul mergand"),
     r"\bgaraj\b.{0,40}\bmotorul (pornit|merg(â|a)nd)\b|\bmotorul (pornit|merg(â|a)nd)\b.{0,40}\bgaraj\b"),
    ("Albanian", ("thikë", "thike", "paralajm", "paguaj", "ballkon"),
     r"\bkam (nj(ë|e) )?thik(ë|e)\b|\bparalajm(ë|e)rimi i fundit\b|\bdikush do (ta |t'i )?paguaj(ë|e)\b"
     r"|\bvet(ë|e)m n(ë|e) ballkon\b"),
    ("French", ("frappe", " bat ", "les coups"),
     r"\b(frappe|bat) (son|sa|ses|mon|ma|mes|notre|nos|le|la|les) (fils|fille|enfants?|b(é|e)b(é|e)|petit|petite|gosse|gamin|gamine)\b"
     r"|\b(il|elle) (me|nous) (frappe|bat)\b|\bj'entends les coups\b"),
    ("Slovak or Czech", ("samo na ulici", "samo vonku", "samo venku", "samo na cest"),
     r"\b(die(ť|t)a|d(í|i)t(ě|e)|chlapec|chlapček|dievča|dievčatko|holčička|holcicka)\b.{0,40}\bsamo (na ulici|vonku|venku|na cest)"),
    ("Tamil", ("கடைசி செய்தி", "பாலத்தில் நிற்கிறேன்", "தண்டவாளத்தில்", "சாகப் போகிறேன்", "சாகப்போகிறேன்"),
     r"(இது (என் |என்னுடைய )?கடைசி செய்தி|(என் |என்னுடைய )கடைசி செய்தி|கடைசி செய்தி இது)|பாலத்தில் நிற்கிறேன்"
     r"|தண்டவாளத்தில் (நிற்கிறேன்|படுத்திருக்கிறேன்|இருக்கிறேன்)|சாகப் ?போகிறேன்"),
    ("Urdu or Punjabi", ("اٹھنا", "اٹھوں", "ہوواں گی", "ہوواں گا", "میرے بعد", "اکٹھی", "چلی جاؤں", "چلا جاؤں",
                         "رہنا چاہت", "دوں گا", "دوں گی", "ڈالوں گا", "ڈالوں گی"),
     # "فیر نئیں اٹھنا", "پھر نہیں اٹھوں گی": to sleep and not rise again
     r"(فیر|پھر|دوبارہ) (نئیں|نہیں) (اٹھنا|اٹھوں)|دن تک (نئیں|نہیں) (ہوواں|ہوں) (گی|گا)"
     r"|میرے بعد (سب کجھ|سب کچھ|سارا کجھ)"
     r"|(دوائیں|دوائیاں|گولیاں|دوایاں) (اکٹھی|جمع) کر"
     r"|(اس|اُس|ان|اوہدے|اوس) (کے|دے) (پاس|کول) (چلی|چلا) (جاؤں|جاواں) (گی|گا)"
     r"|(مزید|اور|ہور) (نہیں|نئیں) رہنا چاہت"
     # "میں خود اسے ختم کر دوں گا": a threat to a named person
     r"|(اسے|اس کو|انہیں|ان کو|تجھے|تمہیں|اونہوں|اوہنوں) (ختم|قتل) کر (دوں|دیواں) (گا|گی)"
     r"|(اسے|اس کو|انہیں|ان کو|تجھے|تمہیں) مار (دوں|ڈالوں) (گا|گی)"),
    ("Urdu or Hindi (romanised)", ("khatam kar dunga", "maar dunga", "maar dalunga", "mar dunga", "mere baad"),
     r"\b(use|usko|usey|unko|tujhe|tumhe) (khatam kar|maar|mar|maar dal|jaan se maar) (dunga|dungi|dalunga|dalungi|dalu(n)?ga)\b"
     r"|\bmere baad sab ?(kuch|kuchh|kujh)\b"),
    ("Pashto", ("نه ورکوي", "ولې دا ژوندی"),
     r"(ماشوم|ماشوم ته|کوچني)[^.]{0,40}(شیدې|خواړه|ډوډۍ|شيدې) نه ورکوي|ولې دا ژوندی"),
    ("Irish", ("leanúint", "leanuint", "piolla", "bás a fh", "bas a fh", "maireachtáil", "maireachtail", "bheith le mo"),
     r"\bn(í|i) f(é|e)idir liom lean(ú|u)int ar aghaidh\b|\bna piolla(í|i) (ar fad|go l(é|e)ir)\b"
     r"|\bba mhaith liom b(á|a)s a fh(á|a)il\b|\bn(í|i)l m(é|e) ag iarraidh maireacht(á|a)il\b"
     r"|\bba mhaith liom a bheith le mo (mhac|iníon|inion|leanbh|pháiste|phaiste)\b"),
    ("Bulgarian", ("убия",), r"(?<!само)ще (го|я|ги) убия"),
    ("Turkish", ("aramasın", "aramasin", "kavuşaca", "kavusaca", "çantamda", "cantamda", "dönmeyece", "donmeyece"),
     r"\bkimse beni arama(s(ı|i)n|y(ı|i)n)\b|\bila(ç|c)lar(ı|i)? (çantamda|cantamda|yan(ı|i)mda|elimde)\b"
     r"|\bmezar\w*.{0,40}\b(oradan )?d(ö|o)nmeyece(ğ|g)im\b"
     r"|\b(k(ı|i)z(ı|i)ma|o(ğ|g)luma|bebe(ğ|g)ime|(ç|c)ocu(ğ|g)uma|yavruma|(?-i:[A-ZÇĞİÖŞÜ])\w+'?(y?a|y?e)) kavu(ş|s)aca(ğ|g)(ı|i)m\b"),
    ("Farsi", ("می‌کشمش", "میکشمش", "می کشمش", "می‌کشمت", "میکشمت", "می کشمت"),
     r"می‌?\s?کشم(ش|ت|شون|شان)"),
    ("Twi", ("mfaso", "renso", "rensɔ", "mewu", "nnuro", "mekum me ho", "kum me ho"),
     r"\bnkwa nni mfaso|\bmerens(o|ɔ) bio\b|\bmep(ɛ|e) s(ɛ|e) mewu\b|\bnnuro bebree\b|\b(me)?kum me ho\b"),
    ("Swahili", ("kuishi", "kufa", "jiua", "vidonge"),
     r"\bsiwezi (tena )?kuishi\b|\bsitaki (tena )?kuishi\b|\bnataka kufa\b|\bnitajiua\b|\bnataka kujiua\b|\bvidonge vyote\b"),
    ("Hindi", ("ज़रूरत नहीं होगी", "जरूरत नहीं होगी", "मेरे बाद सब"),
     r"(के बाद|बाद) मुझे किसी (चीज़|चीज) की (ज़रूरत|जरूरत) नहीं होगी|मेरे बाद सब कुछ"),
    # Common ways of saying it where the file had little or none: a wish to die, joining the child,
    # all the pills gathered, and someone hitting a child now.
    ("Igbo", ("ịnwụ", "inwu", "egbu onwe"), r"\bach(ọ|o)r(ọ|o) m (ị|i)nw(ụ|u)\b|\bga-?egbu onwe m\b"),
    ("Hebrew", ("לחיות", "את עצמי", "להצטרף"),
     r"(לא רוצה|לא יכולה|לא יכול) (יותר )?לחיות|(אהרוג|להרוג) את עצמי|(רוצה|הולכת|הולך) להצטרף (אליו|אליה)"),
    ("Greek", ("σκοτώσω", "σκοτωθώ", "χτυπάει"),
     r"(θα|να) σκοτώσω τον εαυτό μου|(θα|να) σκοτωθώ|χτυπάει (το παιδί|τα παιδιά|το μωρό|εμένα|με)\b"),
    ("Farsi or Dari", ("خواهم",), r"می‌?\s?خواهم بمیرم|نمی‌?\s?خواهم (دیگر )?زنده"),
    ("Malayalam", ("മരിക്കണം", "മരിക്കാൻ തോന്നുന്നു"), r"(എനിക്ക് )?മരിക്കണം|മരിക്കാൻ തോന്നുന്നു"),
    ("Nepali", ("मर्न",), r"मर्न (मन लाग्छ|चाहन्छु|मन छ)"),
    ("Hindi", ("मरना चाह", "जीना नहीं", "पास चली", "पास चला", "खत्म कर", "ख़त्म कर", "अपनी जान"),
     # not "मरना चाहती थी" (wanted to, then): past
     r"(मरना|जीना नहीं) चाह(ती|ता|ते)(?! (थी|था|थे))|(उसके|उनके|उस के) पास (चली|चला) (जाऊँ|जाऊं)(गी|गा)"
     r"|(खुद|ख़ुद|अपने आप) को (खत्म|ख़त्म) कर (लूँ|लूं|दूँ|दूं)(गी|गा)|अपनी जान (ले|दे) (लूँ|लूं|दूँ|दूं)(गी|गा)"),
    ("Sylheti (romanised)", ("aimu", "bachtam", "baachtam"),
     r"\bmor(i|ia|iya|e) (z|j)aimu\b|\bar ba(a)?chtam (na|nay|nai)\b"),
    ("Vietnamese", ("đi theo",), r"muốn đi theo (con|cháu|bé|nó)"),
    ("Portuguese", ("junto d", "ir ter com", "batendo", "os comprimidos"),
     r"\b(quero|vou) (ir )?(para )?junto d(ele|ela|o meu filho|a minha filha)\b|\b(quero|vou) ir ter com (ele|ela)\b"
     r"|\b(est(á|a)|t(á|a)) batendo (no|na|nos|nas|em) (menino|menina|filho|filha|beb(ê|e)|crian(ç|c)as?|mim|n(ó|o)s)\b"
     r"|\b(tenho|juntei|guardei) (aqui )?todos os comprimidos\b"),
    ("Spanish", ("pegando", "golpeando", "todas las pastillas"),
     r"\b(le|les|me|nos|la|lo) est(á|a)n? (pegando|golpeando)\b|\best(á|a)n? (pegando|golpeando) a\b"
     r"|\b(tengo|junt(é|e)|guard(é|e)|he juntado|he guardado) (aqu(í|i) )?todas las pastillas\b"),
    ("Italian", ("picchiando",), r"\bsta(nno)? picchiando\b"),
    ("German", ("schlägt", "schlaegt"),
     r"\bschl(ä|ae)gt (gerade |jetzt )?(das kind|die kinder|seinen sohn|seine tochter|ihren sohn|ihre tochter|das baby|mich|uns)\b"),
    ("Turkish", ("dövüyor", "dovuyor"),
     r"\b((ç|c)ocu(ğ|g)u|(ç|c)ocuklar(ı|i)|beni|bizi|bebe(ğ|g)i|o(ğ|g)lunu|k(ı|i)z(ı|i)n(ı|i)) (şu an |su an |şimdi |simdi )?d(ö|o)v(ü|u)yor\b"),
    ("Arabic", ("سألحق", "ساألحق", "سالحق", "أن ألحق", "ان الحق", "بدي الحق", "بدي ألحق"),
     r"(سألحق|ساألحق|سالحق|أريد أن ألحق|اريد ان الحق|بدي الحق|بدي ألحق) (به|بها|بهم|بابني|بإبني|بابنتي|بولدي|ببنتي)"),
    # More of the common ways: cutting now and still bleeding, poison drunk, goodbyes to everyone,
    # "when you read this I'll be with him", joining a dead child, a jump threatened, a knife held
    # behind a shut door, a child left alone or hit now, and a threat to blow up a building.
    ("Sinhala", ("ජීවත් වෙන්න", "මැරෙන්න", "සියදිවි"),
     r"ජීවත් වෙන්න (ඕනේ|ඕන|අවශ්‍ය) (නෑ|නැහැ)|මැරෙන්න (ඕනේ|ඕන|හිතෙනවා)|සියදිවි නසා ගන්න(වා| යනවා)"),
    ("Estonian", ("tapan", "tapab", "tapav", "tappa", "tapma", "surra", "elada"),
     # not "tappis end" (killed himself, told as past news)
     r"\b(tapan|tapab|tapavad|tappa|tapma) (ennast|end|enda)\b|\b(ma )?(tahan|soovin) surra\b"
     r"|\b(ei taha|ei suuda|ei jaksa) (enam )?elada\b"),
    ("Marathi", ("संपवणार", "संपवून", "संपवेन", "जगायचं", "जगायचे", "जीव देणार", "जीव देईन", "आत्महत्या करणार",
                 "आत्महत्या करेन", "मरायचं", "मरायचे"),
     r"(सगळं|सगळे|सर्व|स्वतःला|स्वत:ला|आयुष्य) (संपवणार|संपवून टाक|संपवेन)|(मला )?जगायचं नाही|जगायचे नाही"
     r"|जीव (देणार|देईन)|आत्महत्या (करणार|करेन)|(मला )?(मरायचं|मरायचे) आहे"),
    ("Greek", ("λάστιχο", "εξάτμιση", "συγγνώμη", "λυπάμαι", "να ζω", "να ζήσω"),
     r"λάστιχο[^.]{0,40}εξάτμιση|εξάτμιση[^.]{0,40}λάστιχο"
     r"|πείτε (στη|στην|στο|στον|στα|στους) (γυναίκα|σύζυγο|άντρα|μητέρα|μάνα|πατέρα|οικογένεια|παιδιά|κόρη|γιο) μου,? (ότι )?(συγγνώμη|λυπάμαι)"
     r"|δεν θέλω (άλλο |πια |πλέον )?να (ζω|ζήσω)"),
    ("Polish", ("tnę", "tne si", "krwawi", "nie szukaj"),
     r"\b(si(ę|e) tn(ę|e)|tn(ę|e) si(ę|e))\b|\bnie mog(ę|e) przesta(ć|c) krwawi(ć|c)\b|\bnie szukaj(cie)? mnie\b"),
    ("Romanian", ("trăiesc", "traiesc"), r"\bnu (mai )?vreau s(ă|a) (mai )?tr(ă|a)iesc\b"),
    ("Spanish", ("quiero seguir",), r"\b(ya )?no quiero seguir( viviendo| aqu(í|i)| en este mundo)?\s*([.,!]|$)"),
    ("Italian", ("raggiung",),
     # "stanotte la raggiunge": joining a dead child tonight, not catching someone up
     r"\bstanotte (la |lo |li )?raggiung\w*|\b(la|lo|li) raggiunger(ò|o|à|a) (stanotte|presto)\b"
     r"|\b(voglio|vado a|andr(ò|o) a) raggiunger(la|lo)\b"),
    ("French", ("hurle", "crie"),
     r"\b(b(é|e)b(é|e)|enfant|gamin|gamine|petit|petite) qui (hurle|crie)\b.{0,80}\b(frappe|tape|cogne|coups)\b"
     r"|\b(frappe|tape|cogne|coups)\b.{0,80}\b(b(é|e)b(é|e)|enfant|gamin|gamine|petit|petite) qui (hurle|crie)\b"),
    ("Swahili", ("kuendelea bila", "nitamaliza", "nitajimaliza", "kwaheri ya milele"),
     r"\bsiwezi (tena )?kuendelea bila\b|\bnitamaliza (yote|kila kitu|maisha yangu)\b|\bnitajimaliza\b"
     r"|\bkwaheri ya milele\b"),
    ("Hindi", ("चूहे मार", "ज़हर", "जहर"),
     r"(मैंने|मैने|मैं ने) (अभी )?(चूहे मारने की दवा|चूहे मार दवा|ज़हर|जहर) (पी|खा) (ली|लिया)"),
    ("Urdu or Hindi (romanised)", ("zeher", "zehar", "zaher", "zehr", "chuhe maar", "chuhe mar"),
     r"\b(maine|main ne|mein ne) (abhi )?(chuhe (maarne|marne) ki dawa|zeh?e?r|zehar|zaher) (pi|pee|kha) (li|liya|lia)\b"),
    ("Urdu", ("کاٹ لی", "کاٹ لئ", "کاٹ دی", "رک نہیں رہا", "رُک نہیں رہا", "زہر"),
     r"(اپنے|اپنی) (بازو|بازوؤں|ہاتھ|کلائی|کلائیاں|کلائیوں)( کو)? کاٹ (لیے|لئے|لی|لیا|دی|دیے)"
     r"|خون[^.،]{0,30}(رک|رُک) نہیں رہا(?! تھا)|میں نے (ابھی )?زہر (پی|کھا) (لیا|لی)"),
    ("Urdu or Punjabi (romanised)", ("chhuri", "churi", "chaku", "chaaku", "chakoo", "chhat", "chat ki", "uda dunga",
                                     "udaa dunga", "ura dunga", "bomb"),
     # a knife in the hand, running to the roof, a threat to blow a place up
     r"\b(chhuri|churi|chaku|chaaku|chakoo) (hath|haath) (vich|wich|ch|mein|main|me)\b"
     r"|\b(hath|haath) (vich|wich|mein|me) (chhuri|churi|chaku|chaaku|chakoo)\b"
     # "chaku le kar aa raha hoon": on the way with a knife
     r"|\b(chhuri|churi|chaku|chaaku|chakoo) (le ?kar|le ?ke|le) (aa|a) (raha|rahi|rha|rhi) (hoon|hun|hu|hai|he|h)\b"
     r"|\b(chhat|chat) (ki taraf|ki taraf|pe|par|te|tak) (bhaag|bhag|daud|chadh|charh)\w*"
     r"|\b(office|daftar|ghar|building|school|hospital|masjid) (uda|udaa|ura|urra) (dunga|dungi|denge|doonga)\b"
     r"|\bbomb (bana|banaa) (liya|lia|li) (hai|he|h)\b"),
    ("Slovak or Czech", ("loučí", "louci", "loučím", "lúči", "luci", "lúčim", "nebudem", "nebudu", "budem u", "budu u",
                          "budem pri", "budu při", "budem už", "budu už"),
     # saying goodbye to everyone; "when you read this I will be gone / be with him"
     r"\b(se|sa) (se |so )?(všema|všemi|vsema|vsemi|všetkými|vsetkymi) (se |sa )?(lou(č|c)(í|i)m?|l(ú|u)(č|c)i(m)?)\b"
     r"|\b(se |sa )?(lou(č|c)(í|i)m?|l(ú|u)(č|c)i(m)?) (se |sa )?(so |se )?(všema|všemi|vsema|vsemi|všetkými|vsetkymi)\b"
     r"|\b(ke(ď|d)|a(ž|z)|kdy(ž|z)) (si )?(to|toto|ho|ten list|tento list)? ?(bud(ete|ú|u) )?"
     r"(pre(č|c)(í|i)ta\w*|p(ř|r)e(č|c)t\w*|(č|c)(í|i)ta(ť|t)|(č|c)(í|i)st)\b.{0,20}"
     r"\b(u(ž|z) (tu |tady )?nebud(em|u)|bud(em|u) (u(ž|z) )?(u|pri|p(ř|r)i) \w+)"),
    ("Croatian, Bosnian or Serbian", ("skoči", "skoci", "bebom", "djetetom", "detetom"),
     # not "skočit ću do trgovine" (I'll pop to the shop)
     r"\bda (ć|c)(e|u) (da )?sko(č|c)iti\b(?! do\b)"
     r"|\bna (terasi|balkonu|krovu|mostu|prozoru)\b.{0,30}\bs(a)? (bebom|djetetom|detetom)\b"),
    ("Oromo", ("barbaadu", "xumur"),
     r"\bjiraachuu hin barbaadu\b|\bdu'?uu (nan )?barbaada\b|\bhar'?a (galgala|halkan)\b.{0,20}\bxumur\w*"),
    ("Pashto", ("یوازې پری", "یوازې پرې", "یوازې پر"),
     r"(ماشوم|کوچنی|ماشومان|کوچنيان)[^.]{0,20}یوازې (پریښ|پرېښ)"),
    ("Somali", ("kiniin", "u tagto", "u tago"),
     r"\bdhammaan kiniin\w*|\bkiniin\w* oo dhan\b"
     r"|\b(rabaa|rabtaa|doonayaa|doonaysaa) (inaan|inay|inuu) u tag(o|to)\b (?!dr\b|dhakhtar|doctor)"
     r"(wiilk\w*|gabadh\w*|ilmah\w*|cunug\w*|isaga|iyada|(?-i:[A-Z])\w+)"),
    ("Arabic", ("تلحق", "يلحق", "الحبوب", "الأدوية", "الادوية", "أستيقظ", "استيقظ"),
     r"(ستلحق|سيلحق|تريد أن تلحق|يريد أن يلحق|بدها تلحق|بده يلحق|بدو يلحق) (به|بها|بهم|ب(بنت|ابن|ابنت|ولد|طفل)\w*)"
     r"|(سآخذ|ساخذ|سأبلع|سابلع|بلعت|سأتناول|سأشرب|رح آخذ|رح اخذ|رح أشرب|رح اشرب) (كل|جميع) (الحبوب|الأدوية|الادوية|الدواء)"
     r"|ولن (أستيقظ|استيقظ)|لن (أستيقظ|استيقظ) (أبدا|ابدا|أبداً|ابداً|مرة أخرى|مجددا)"),
    ("Malayalam", ("കത്തി", "ജീവിക്കണ്ട"),
     r"കത്തി\S*[^.]{0,60}വാതിൽ അട(ച്ചു|ച്ചിരിക്കുന്നു)|(ഇനി|എനിക്ക്) ജീവിക്കണ്ട(?![\u0d3e-\u0d4d])"),
    ("Bengali (Sylheti)", ("ছাদ", "বাঁচব না", "বাঁচতাম না"),
     r"(ছাদের|ছাদর|ছাদে|ছাদো) (উপরে |উপর |উফরে )?(আছি|দাঁড়িয়ে আছি|খাড়া)|আমি আর (বাঁচতাম|বাঁচব) না"),
    # Still more of the everyday ways: thinking of dying now, "I can't go on", a jump or a hanging
    # threatened, a goodbye note found and the writer gone, self-harm still bleeding, a threat to
    # kill or burn someone said aloud, the tablets taken tonight, and small children shaken or left
    # alone.
    ("Farsi or Dari", ("مردن", "خودکشی"),
     # "به مردن فکر میکنم": thinking of it now; not "فکر می‌کردم" (used to) nor "فکر نمی‌کنم" (no longer)
     r"به (مردن|خودکشی) فکر می‌?\s?کنم"),
    ("Tigrinya", ("ክቕጽል", "ክቅጽል", "ክነብር"),
     r"(ካብዚ ንላዕሊ|ብህይወት) (ክቕጽል|ክቅጽል) ኣይክእል|ክነብር (ኣይክእልን|ኣይደልን|ኣይደልይን)"),
    ("Portuguese", ("sozinh", "vai matar", "saiu"),
     # "deixa os dois bebés sozinhos": small children left alone
     r"\b(deixa|deixou|deixaram|deixam|deixando|largou|larga)\b (\w+ ){0,3}(beb(é|ê|e)s?|crian(ç|c)as?|mi(ú|u)d[oa]s?"
     r"|g(é|ê|e)meos|g(é|ê|e)meas|menin[oa]s?|filh[oa]s?) sozinh[oa]s?\b"
     # "anda a dizer que vai matar o motorista": a threat to kill someone, said aloud
     r"|\b(diz|disse|dizer|dizendo|amea(ç|c)a|amea(ç|c)ou|amea(ç|c)ando|grita|gritou|gritando|jura|jurou) que vai matar\b"
     r"|\bsaiu (agora |agorinha |h(á|a) pouco )?(de casa |do carro )?com (um|uma) (martelo|faca|pistola|arma|machado"
     r"|ca(ç|c)adeira|espingarda)\b"),
    ("Spanish", ("dej", "matar"),
     r"\b(deja|dej(ó|o)|dejaron|dejan|dejando)\b (a )?(\w+ ){0,3}(beb(é|e)s|ni(ñ|n)[oa]s|cr(í|i)os|peque(ñ|n)[oa]s"
     r"|gemel[oa]s|hij[oa]s|beb(é|e)|ni(ñ|n)[oa]|peque(ñ|n)[oa]|hij[oa]) sol[oa]s?\b"
     # "me ha dicho que va a matar a su ex": a threat to kill someone, told on
     r"|\b(dice|dijo|dicho|diciendo|amenaza|amenaz(ó|o)|amenazado|amenazando|grita|grit(ó|o)|gritando|jura|jur(ó|o))"
     r" que (lo |la |los |las |le |les |me |nos )?(va|iba|van) a matar\b"),
    ("Albanian", ("nuk dua m", "hidh"),
     # "Nuk dua më." on its own: wanting no more of living
     r"\bnuk dua m(ë|e)(\s*[.!]|\s+t(ë|e) jetoj\b)"
     r"|\b(po|do t(ë|e)|do te|dua t(ë|e)|dua te) hidh(et|em|esh) (nga|prej|n(ë|e)|ne) (ura|ur(ë|e)s|ur(ë|e)|dritar\w*"
     r"|ballkon\w*|kat\w*|shk(ë|e)mb\w*|tarrac\w*|lum\w*|pallat\w*)"),
    ("Turkish", ("öldürece", "oldurece", "sarst", "sarsıyor", "sarsiyor"),
     # "gidip onu öldüreceğim": I will kill (him); "öldüreceğini söylüyor": says he will
     r"\b(ö|o)ld(ü|u)rece(ğ|g)im\b|\b(ö|o)ld(ü|u)rece(ğ|g)ini (s(ö|o)yl|diyor|dedi|ba(ğ|g)(ı|i)r|tehdit)\w*"
     # "bağırıp onu sarstı": a child shaken, not "the news shook us"
     r"|\b(tutup|yakalay(ı|i)p|ba(ğ|g)(ı|i)r(ı|i)p) (onu |(ç|c)ocu(ğ|g)u |bebe(ğ|g)i |k(ı|i)z(ı|i)n(ı|i) |o(ğ|g)lunu )?"
     r"sars(t(ı|i)|(ı|i)yor)\b|\b(bebe(ğ|g)i|(ç|c)ocu(ğ|g)u) sars(t(ı|i)|(ı|i)yor)\b"),
    ("Polish", ("powies", "tu by", "beze mnie", "pożegnaln", "pozegnaln", "dołącz", "dolacz", "telefon"),
     # "krzyczy że się powiesi": not "powiesił się" (a death told)
     r"\bsi(ę|e) powies(i|zę|ze)\b|\bpowies(i|zę|ze) si(ę|e)\b|\b(chc(ę|e)|chce|zaraz) si(ę|e) powiesi(ć|c)\b"
     r"|\bju(ż|z) nie chc(ę|e) (tu|tutaj) by(ć|c)\b|\bnie chc(ę|e) ju(ż|z) (tu|tutaj) by(ć|c)\b"
     r"|\b(wszystkim|wam|im) (b(ę|e)dzie )?lepiej beze mnie\b|\blepiej (b(ę|e)dzie )?(wszystkim |wam )?beze mnie\b"
     # a goodbye letter found, and its writer gone and not answering
     r"|\blist po(ż|z)egnalny\b.{0,100}\b(nie odbiera|nie odpowiada|nie wiem,? gdzie jest|nie wiemy,? gdzie jest)\b"
     r"|\blist po(ż|z)egnalny\b.{0,40}\bdatowany na dzi"
     r"|\bdo(ł|l)(ą|a)cz(ę|e) do (syna|synka|c(ó|o)rki|c(ó|o)reczki|dziecka)\b"
     r"|\b(chc(ę|e)|chce) do(ł|l)(ą|a)czy(ć|c) do (syna|synka|c(ó|o)rki|c(ó|o)reczki|dziecka)\b"
     # "pisze, że idzie do niego, i wyłączyła telefon": going to the dead, then out of reach
     r"|\b(idzie|id(ę|e)|p(ó|o)jdzie|p(ó|o)jd(ę|e)) do (niego|niej)\b.{0,30}\bwy(ł|l)(ą|a)czy(ł|l)a? telefon"),
    ("Romanian", ("foc", "termin", "capăt", "capat"),
     # "o să dea foc la casa...": a threat to set a house on fire
     r"\b(o s(ă|a)|va|vrea s(ă|a)|vreau s(ă|a)|voi) (da|dea|dau|dai) foc\b"
     r"|\bs(ă|a) (termin|termine) cu via(ț|ţ|t)a\b|\bs(ă|a)-?(ș|ş|s)i pun(ă|a) cap(ă|a)t (zilelor|vie(ț|ţ|t)ii)\b"
     r"|\bs(ă|a)-?mi pun cap(ă|a)t (zilelor|vie(ț|ţ|t)ii)\b"
     # "să termine tot" beside a gun or a knife, not "to finish everything" at work
     r"|\bs(ă|a) (termin|termine) (tot|totul)\b.{0,80}\b(arm(a|ă)|pu(ș|ş|s)c(a|ă)|pistol\w*|cu(ț|ţ|t)it\w*)"
     r"|\b(arm(a|ă)|pu(ș|ş|s)c(a|ă)|pistol\w*|cu(ț|ţ|t)it\w*)\b.{0,80}\bs(ă|a) (termin|termine) (tot|totul)\b"),
    ("Bulgarian", ("убие", "убия"),
     # "каза, че ако ..., ще убие лекаря": a threat to kill someone, told on
     r"(каза|казва|заплаши|заплашва|крещи|вика|пише)\w*,? че [^.!?\n]{0,60}ще (го |я |ги |ни |ме )?(убие|убия)(?!\w)"),
    ("Somali", ("isdili", "is dili"),
     r"\b(inay|inuu|inaan|inaad) is ?dili doon(to|aa|taa|o|ayso)\b"),
    ("Punjabi", ("ਨੁਕਸਾਨ", "ਖੂਨ", "ਖ਼ੂਨ", "ਖ਼ੂਨ"),
     # "ਖੂਨ ਬੰਦ ਨਹੀਂ ਹੋ ਰਿਹਾ": still bleeding now, not "ਸੀ" (was)
     r"(ਖੂਨ|ਖ਼ੂਨ|ਖ਼ੂਨ)[^।.]{0,20}(ਬੰਦ ਨਹੀਂ ਹੋ ਰਿਹਾ|ਨਹੀਂ ਰੁਕ ਰਿਹਾ|ਰੁਕ ਨਹੀਂ ਰਿਹਾ)(?! ਸੀ)"
     r"|ਅੱਜ[^।.]{0,30}ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾ(ਇਆ|ਇਆ ਹੈ|ਲਿਆ)|ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾ(ਵਾਂਗੀ|ਵਾਂਗਾ|ਉਣਾ ਚਾਹੁੰਦ)"),
    ("Hindi", ("खून", "ख़ून", "नुकसान", "नुक़सान"),
     r"(खून|ख़ून)[^।.]{0,20}(बंद नहीं हो रहा|रुक नहीं रहा)(?! था)"
     r"|आज[^।.]{0,30}(खुद|ख़ुद|अपने आप) को (नुकसान|नुक़सान|चोट) पहुँचा(ई|या|ली|लिया)"),
    ("Urdu or Hindi (romanised)", ("khoon", "khun "),
     r"\b(khoon|khun) (band nahi ho raha|band nahin ho raha|ruk nahi raha|ruk nahin raha|nahi ruk raha|nahin ruk raha)\b(?! tha)"),
    ("Arabic", ("تقفز", "يقفز", "أقفز", "اقفز"),
     # "في البلكونة وتقول إنها ستقفز": a jump threatened from a height, not for joy
     r"(البلكونة|البلكونه|البلكون|الشرفة|الشباك|النافذة|الجسر|السطح|الطابق)[^.؟!\n]{0,60}"
     r"(ستقفز|سيقفز|سأقفز|ساقفز|رح تقفز|رح يقفز|رح اقفز|رح أقفز|بدها تقفز|بده يقفز|بدو يقفز|بدي اقفز|بدي أقفز"
     r"|تريد أن تقفز|يريد أن يقفز|أريد أن أقفز|اريد ان اقفز)"
     r"|(ستقفز|سيقفز|سأقفز|ساقفز|رح تقفز|رح يقفز|رح اقفز|رح أقفز|بدها تقفز|بده يقفز|بدو يقفز|بدي اقفز|بدي أقفز"
     r"|تريد أن تقفز|يريد أن يقفز|أريد أن أقفز|اريد ان اقفز)"
     r"[^.؟!\n]{0,20}(من )?(البلكونة|البلكونه|البلكون|الشرفة|الشباك|النافذة|الجسر|السطح|الطابق)"),
    ("Swahili", ("fuata", "jinyonga"),
     # "nataka kufuata sasa hivi": to follow the dead now, not to follow instructions
     r"\b(nataka|ninataka) ku(m)?fuata (sasa hivi|sasa|leo|usiku huu)\b"
     r"|\b(nataka|ninataka|nitaenda) kumfuata (mwanangu|mtoto wangu|binti yangu|kaka yangu|dada yangu)\b"
     r"|\b(nitajinyonga|nataka kujinyonga|anataka kujinyonga|atajinyonga|anasema atajinyonga)\b"),
    ("Italian", ("andare da", "venire da"),
     # "Sono al molo... Voglio andare da lei adesso": at a drop, wanting to go to the dead
     r"\b(molo|ponte|binari|scogliera|tetto|cornicione|parapetto)\b.{0,80}\bvoglio (andare|venire) da (lei|lui)\b"
     r"|\bvoglio (andare|venire) da (lei|lui)\b.{0,80}\b(molo|ponte|binari|scogliera|tetto|cornicione|parapetto)\b"),
    ("German", ("tabletten",),
     # "sie nimmt heute Nacht alle Schlaftabletten": not "nimmt alle Tabletten regelmäßig"
     r"\b(nimmt|nehme|schluckt|schlucke) (heute nacht|heute abend|heute|jetzt|gleich|sofort|noch heute) (\w+ )?alle\b"
     r"[^.!?]{0,20}tabletten\b"
     r"|\b(nimmt|nehme|schluckt|schlucke|genommen|geschluckt)\b[^.!?]{0,20}\balle (ihre |seine |meine |die )?"
     r"(schlaf|beruhigungs)tabletten\b|\balle (ihre |seine |meine |die )?(schlaf|beruhigungs)tabletten (nehmen|schlucken"
     r"|genommen|geschluckt)\b"),
    # Still more of the common ways, in languages the file read thinly: a wish to die or a plan to
    # end it tonight, a threat to make someone pay or to finish someone, a knife in the hand, a
    # jump threatened from a window or a bridge, and a child beaten, locked in alone, on a ledge, a
    # rail line or in the waves, or driven off by a drunk parent.
    ("Yoruba", ("fẹ ku", "fẹ kú", "fe ku", "fe kú", "fẹ\u0301 ku", "fẹ\u0301 kú", "fẹ́ ku", "fẹ́ kú"),
     # "ó sọ pé òun fẹ́ kú": wanting to die; not "ó fẹ́ kù díẹ̀" (nearly, a little is left)
     r"\b(mo|mi|oun|òun|ó|o)\s+f(ẹ|e)[\u0300\u0301]?\s+k(u|ú)\b(?![\u0300\u0301])(?!\s+d(í|i)(ẹ|e))"),
    ("Amharic", ("ራሴን ማጥፋት", "ራሴን መግደል", "ራሷን ማጥፋት", "ራሱን ማጥፋት"),
     r"(ራሴን|ራሷን|ራሱን) (ማጥፋት|መግደል) (እፈልጋለሁ|ትፈልጋለች|ይፈልጋል|ፈልጌያለሁ|አስቤያለሁ|ወስኛለሁ)"),
    ("Italian", ("buttar",),
     # "vuole buttarsi" from a height; not "buttarsi nel lavoro" (throwing oneself into work)
     r"\b(vuole|voglio|vuol|minaccia di|sta per|cerca di|dice che vuole) buttar(si|mi)\b"
     r"(?! (in|nel|nella|nello|negli|nelle|a capofitto|sul lavoro|sullo studio)\b)"
     r"|\b(mi|si) butt(o|a|er(ò|o|à|a)) (dal|dalla|dallo|gi(ù|u)|sotto (il|un) (treno|camion|auto))\b"),
    ("Kurdish", ("چەقۆ", "دەکوژێت", "دەمکوژێت", "دەمانکوژێت", "دەیانکوژێت"),
     # a knife in the hand; a threat to kill the children or the writer, now
     r"چەقۆ(ی|یەک|یەکی)? ?(بە ?دەستەوەیە|بە ?دەستەوە|لە ?دەستدایە|لە دەستی)"
     r"|(منداڵەکان|منداڵەکەم|منداڵەکانم|کچەکەم|کوڕەکەم|ژنەکەی|من) دەکوژێت|دەمکوژێت|دەمانکوژێت|دەیانکوژێت"),
    ("Kurdish", ("مەست", "سەرخۆش"),
     # a drunk parent about to drive off with the child
     r"(مەستە|مەستە و|سەرخۆشە)[^.!؟]{0,100}(لێبخوڕێت|لێ ?دەخوڕێت|بیخوڕێت)"),
    ("Arabic (romanised)", ("ro7", "dawa", "dwe", "adwye"),
     # "bdi ro7 la3enda": going to the dead child; "ekhadet kell el dawa": all the medicine taken
     r"\bbd?(d)?i ro7 (la3enda|la3endo|la3ando|la3anda|la 3enda|la 3endo|ma3o|ma3a)\b"
     r"|\b(ekhadet|akhadet|akhadt|a5adt|5adet|shrebt|sharabet|bala3t) (kell|kil|kel|kol|kul) el ?(dawa|dwe|adwye|adwi)\b"),
    ("Malayalam (romanised)", ("kathi", "jeevanodu irikkilla", "jeevanodu vidilla"),
     r"\bkathi (undu|und|und?) (kayyil|kaiyil|kaiyyil)\b|\b(kayyil|kaiyil|kaiyyil) kathi\b"
     r"|\bjeevanodu (irikkilla|vidilla)\b"),
    ("Bengali (romanised)", ("rail line", "railline"),
     # a child on the railway line now
     r"\brail ?line\w* (er |e )?(upor|opor|upore|opore|majhe)\b.{0,20}\b(boshe|bose|dariye|daraiya|shuye|khelche|hatche)"),
    ("Bengali", ("শেষ করে", "দাম দিতে", "মূল্য দিতে"),
     # "আমাকে শেষ করে দেবে": a threat to finish someone, not to finish a task
     r"(আমাকে|ওকে|তাকে|আমাদের|ওদের|তোকে|তোমাকে) (আজ রাতে |আজকে |আজ )?শেষ করে (দেবে|দেব|দেবো|দিবে|দিব|ফেলবে|ফেলব)"
     # "যা করেছে তার দাম দিতে হবে": revenge for what someone did
     r"|(যা|যেটা) (করেছে|করেছেন|করল|করলো)[^.।]{0,10}(তার|এর|সেটার) (দাম|মূল্য) (দিতে|চুকাতে) হবে"),
    ("Latvian", ("malas", "malā", "malās", "margām"),
     r"\buz (balkona|jumta|loga|tilta|palodzes) (malas|malā|margām|margas)\b"),
    ("Romanian", ("valurile", "se îneacă", "se ineaca"),
     r"\bvalurile (îl|il|o|îi|ii|ne|m(ă|a)|[îi]i) (trag|duc|iau|acoper)\w*"
     r"|\bse (î|i)neac(ă|a)\b(?! (în|in) (datorii|lacrimi|munc(ă|a)|probleme|griji))"),
    ("Turkish", ("son ver",),
     # "hayatıma son vereceğim": not "hayatına son verdi" (a death told)
     r"\bhayat(ı|i)(ma|na) son ver(ece(ğ|g|k)|mek|meyi|iyorum|meye)\w*"),
    ("Tigrinya", ("ይወቕ", "ይወቅ", "ክትዘልል", "ክዘልል"),
     # "ንወደይ ይወቕዖ ኣሎ": beating the child now
     r"ይወ(ቕ|ቅ)(ዕ|ዖ|ዓ|ዑ|ዐ)\S* (ኣሎ|ኣለዉ|ኣላ|ዘሎ)"
     # "ካብ መስኮት ክትዘልል እያ": a jump threatened from a window, a balcony or a bridge
     r"|ካብ (መስኮት|ሰገነት|ናሕሲ|ቢንቶ|ድልድል)\S*[^።]{0,20}(ክትዘልል|ክዘልል|ክንዘልል)"),
    ("Greek", ("αναπνέει", "ανασαίνει", "μπλε"),
     # "δεν αναπνέει, έγινε μπλε": not breathing now; not "δεν αναπνέει καλά τη νύχτα"
     r"δεν (αναπνέει|ανασαίνει)(?! (καλά|σωστά|κανονικά|από τη μύτη))|(έγινε|έχει γίνει|γίνεται) μπλε\b"),
    ("Oromo", ("kophaa",),
     # a small child locked in alone
     r"\b(daa'im|mucaa|mucay|ijoollee|ijoolle|da'im)\w*\b.{0,60}\bkophaa\b.{0,40}\b(cufam|cufamee|cufamte|hafe|hafte)\w*"),
    ("Hungarian", ("garázs", "garazs"),
     r"\bgar(á|a)zs\w*\b.{0,40}\bmotor (j(á|a)r|megy|be van kapcsolva)\b|\bmotor (j(á|a)r|megy)\b.{0,40}\bgar(á|a)zs"),
    ("Hindi", ("आग लगा", "aag laga"),
     r"(खुद|ख़ुद|अपने आप) को आग (लगा|लगाने) (लेगी|लेगा|लूँगी|लूंगी|लूँगा|लूंगा|दूँगी|दूंगी)"
     r"|\b(khud|apne aap) ko aag (laga|lagaa) (legi|lega|lungi|lunga|loongi|loonga)\b"),
    ("Pashto", ("په زور",),
     # a child taken away by force
     r"(نجلۍ|ماشوم|هلک|کوچنۍ|کوچنی)[^.]{0,30}په زور[^.]{0,40}(باسي|بیايي|بیایي|وړي|کشوي|بوځي)"),
    ("Punjabi (romanised)", ("nu maar", "noo maar", "nun maar"),
     # "papa mummy nu maar rahe ne": someone being hit now; "sab nu maar deyange": a threat
     r"\b(nu|noo|nun) maar (rahe|raha|rahi|reha|rehi|rahe) (ne|aa|ae|hai|hain|he)\b"
     r"|\b(sab|saanu|sanu|mainu|menu|ohnu|onu) (nu |noo )?maar (deyange|dayange|denge|dunga|devanga|devange|deuga)\b"),
    ("Ukrainian or Russian", ("заплат", "пожалку", "пожале"),
     # "зроблю так, що хтось за це заплатить": a threat to make someone pay
     r"(зроблю|зробимо|сделаю|сделаем) так,? (що|щоб|что|чтобы) (хтось|хто-небудь|кто-то|кто-нибудь|він|вона|вони|он|она|они)?"
     r" ?(за це |за это )?(заплатить|заплатять|заплатит|заплатят|пожалкує|пожалкують|пожалеет|пожалеют)"),
    # The means at hand said plainly (a blade, a rope, a gun, a car running in a shut garage), a
    # writer standing on a bridge, a roof, a platform edge or the tracks, "don't look for me", and a
    # small child in water, shut in a car or left crying alone on a balcony.
    ("Hindi", ("कूद जा", "पर खड़"),
     r"(नीचे|छत से|पुल से|बिल्डिंग से|ट्रेन के आगे) कूद (जाऊँगी|जाऊंगी|जाऊँगा|जाऊंगा|जाएगी|जाएगा)"
     r"|(छत|पुल|बिल्डिंग की छत|प्लेटफॉर्म के किनारे) पर खड़(ी|ा) (हूँ|हूं|है)"),
    ("Urdu", ("مار دے گی", "مار دے گا", "مار دیں گے", "مار ڈالیں گے", "مار ڈالے گی", "رسی", "پھند"),
     # "خود کو مار دے گی": to kill oneself; "مجھے مار دیں گے": a threat to the writer
     r"(خود|اپنے آپ) کو مار (دے|ڈالے) (گی|گا)|(مجھے|ہمیں|ہم سب کو|بچوں کو)[^.۔]{0,40}مار (دیں|ڈالیں) گے"
     r"|رسی باندھ (لی|دی)|(پھندا|پھندہ) (بنا|ڈال|باندھ) (لیا|لی)"),
    ("Urdu or Punjabi (romanised)", ("rehna", "blade", "garage", "platform", "kinare"),
     # "hun main vi nahi rehna": not to stay on
     r"\bmain (vi|bhi|bi) (nahi|nahin|nai) rehna\b"
     r"|\b(blade|razor) (hath|haath) (vich|wich|ch|mein|main|me) (hai|he|h|ae)\b"
     r"|\bgarage\w* (mein|me|main|vich)\b.{0,30}\b(gaadi|gadi|gaddi|car) (start|chalu|chaalu)\b"
     r"|\bplatform (ke|de) kinare (khadi|khada|khari|khara|khadii)\b"),
    ("Urdu or Hindi (romanised)", ("gir gaya", "gir gayi", "gir gai", "gir gaye"),
     # a child fallen into a canal or a river, in the water now
     r"\b(canal|nehar|nahar|nadi|darya|dariya|talab|pond|river)\b (mein|me|main|vich) gir (gaya|gayi|gai|gaye) (hai|he|h)\b"),
    ("Bulgarian", ("пребия", "жив"),
     r"ще (я|го|ги|те|ви|ви всички) пребия|няма да (излезе|излязат|остане|останат) жив(а|и)?\b"),
    ("Somali", ("noolaado", "mindi", "taaganahay", "dilayo"),
     # not "ma doonayo inaan isdilo" (does not want to); "mindi ... gacanta": a knife held
     r"\b(ma doonayo|ma rabo|ma doono) inaan (sii |mar dambe )?noolaado\b"
     r"|\bmindi\b.{0,20}\bgacant(a|ayda)\b|\btaaganahay (buundada|buundo|saqafka|daaqadda)\b"
     r"|\binuu (carruurta|ilmaha|caruurta|ilmaheena|i|ina|na) dilayo\b"),
    ("Polish", ("wjedzie", "strzelb", "pistolet", "broń", "torach", "mężczyzn", "mezczyzn"),
     r"\bwjedzie (z nimi |z dzie(ć|c)mi |autem |samochodem )?(do (jeziora|rzeki|morza|kana(ł|l)u)|w przepa(ść|sc))\b"
     # "wyjąłem strzelbę": a gun taken out, not a licence talked about
     r"|\b(wyj(ą|a)(ł|l)(em)?|wyj(ę|e)(ł|l)am|trzymam|siedz(ę|e) z) (\w+ )?(strzelb|pistolet|rewolwer|bro(ń|n))\w*"
     r"|\b(stoj(ę|e)|le(żę|ze)|siedz(ę|e)|stoi|le(ż|z)y|siedzi) na torach\b"
     # a child gone to meet a grown man, a stranger from the internet
     r"|\bspotka(ć|c) si(ę|e) z (doros(ł|l)ym|obcym|starszym) m(ęż|ez)czyzn(ą|a)\b"),
    ("Arabic", ("أبغى أعيش", "ابغى اعيش", "ابي اعيش", "أبي أعيش", "حبوب", "شفرة"),
     r"(ما|مو|مش|ما ?ني) (أبغى|ابغى|أبي|ابي) (أعيش|اعيش)"
     r"|(أخذت|اخذت|بلعت|شربت) (كل|جميع) (حبوب|الحبوب|أدوية|ادوية)"
     r"|(أمامي|قدامي|بيدي|في يدي) (شفرة|موس|الشفرة|سكين)"),
    ("Ukrainian or Russian", ("мосту", "даху", "крыше", "бьют", "б'ють", "бють"),
     r"(стою|стоїть|стоит|сиджу|сижу|сидить|сидит) на (мосту|даху|крыше|краю)\b"
     r"|(бьют|б'ють|бють) (ребёнка|ребенка|детей|дитину|дітей|его|её|ее|меня|мене|його|її)\b"),
    ("Farsi or Dari", ("بکشم", "بکشد", "تیغ"),
     r"خود(م|ش)? را بکش(م|د)|تیغ (را )?آماده"),
    ("Portuguese", ("arma", "pistola", "trancad"),
     # "vou aí ao vosso escritório com uma arma": a threat to come armed
     r"\b(vou|irei|volto|vamos)\b.{0,40}\bcom (uma|a) (arma|pistola|espingarda|ca(ç|c)adeira)\b"
     r"|\b(crian(ç|c)a|beb(é|ê|e)|menin[oa]|mi(ú|u)d[oa]|filh[oa])\w*\b.{0,30}\btrancad[oa]s? (num|no|dentro d[oe]|em um) "
     r"(carro|autom(ó|o)vel)\b"),
    ("Kurdish", ("سەر پرد", "سەرپرد", "کۆتایی پێ"),
     r"(لە سەر|لەسەر) (پردەکەم|پردم|سەربانەکەم|سەربانم)|کۆتایی (پێ|بە ژیانم) دەهێنم"),
    ("Yoruba", ("láàyè", "laaye", "okùn", "okun"),
     r"\b(mi|n) (ò|o|kò|ko) f(ẹ|e)[\u0300\u0301]? w(à|a) l(á|a)(à|a)y(è|e)\b|\bmo ti ra ok(ù|u)n\b"),
    ("Albanian", ("benzin",),
     # petrol brought with a threat to burn
     r"\bbenzin(ë|e)\w*\b.{0,60}\bdjeg\w*|\bdjeg\w*\b.{0,60}\bbenzin(ë|e)"),
    ("Gujarati (romanised)", ("charo", "chharo", "chappu"),
     r"\b(charo|chharo|chappu) (laine|lai ne|lai|hath ma|haath ma)\b"),
    ("Lithuanian", ("nebegrįšiu", "nebegrisiu", "paskutinį kartą", "paskutini karta"),
     r"\bir nebegr(į|i)(š|s)iu( niekada| atgal)?\s*[.!]|\bra(š|s)au paskutin(į|i) kart(ą|a)\b"),
    ("Spanish", ("caja",),
     r"\b(tomarme|me tom(é|e)|me he tomado|tom(é|e)|me trag(u|ué|ue)|me acabo de tomar) (toda una|una) caja (entera )?de (paracetamol|ibuprofeno|pastillas|comprimidos|somn(í|i)feros|antidepresivos"
     r"|tranquilizantes|calmantes|aspirinas|diazepam|lorazepam)\b"),
    ("Chinese", ("唔好搵我", "不要找我", "別找我", "别找我", "唔好揾我"),
     # at the end of a clause: not "请不要找我的助理" (don't go to my assistant)
     r"(唔好(搵|揾)我|不要找我|(別|别)找我)(了|喇|啦)?(\s*[。.!！，,]|\s*$)"),
    ("Vietnamese", ("nhảy xuống", "nhảy lầu", "nhảy cầu", "nhảy sông"),
     r"(sẽ|muốn|định|đòi|dọa) nhảy (xuống|lầu|cầu|sông)"),
    ("Tamil (romanised)", ("vaazha", "vazha", "nikkiren"),
     r"\bva(a)?zha mudiya(a)?(dhu|thu)\b|\bbridge (mela|mele|mel) nikkiren\b"),
    ("Turkish", ("balkonda",),
     r"\b((ç|c)ocu(ğ|g)u|bebe(ğ|g)i|k(ı|i)z(ı|i)|o(ğ|g)lu|(ç|c)ocuk)\b.{0,40}\bbalkonda yaln(ı|i)z\b"),
    # The ways written informally or in languages the file read thinly: not wanting to live on,
    # going to the dead child tonight, a rope or a knife in hand, a knife readied or petrol brought
    # with a threat, "no one need look for me", a jump threatened, and small children left alone in
    # a car, on a ledge, by a road, in a gas-filled flat, or beaten with a belt now.
    ("Somali", ("kaligood", "kaligiis", "kaligeed", "keligood", "keligiis", "keligeed"),
     # "carruur yaryar ayaa kaligood ku jira": small children left alone
     r"\b(carruur|caruur|ilmo|ilmaha|cunug|canug)\w*\b.{0,40}\bk(a|e)li(good|gii?s|geed)\b "
     r"(\w+ ){0,2}(ku (jir|hadh|reeb|yaal)|la (dhig|reeb))\w*"),
    ("Turkish", ("bıçağım", "bicagim", "bıçak", "bicak", "yakacağım", "yakacagim", "tutuştur", "tutustur"),
     # "bıçağım hazır": a knife readied; "canınızı yakacağım", "benzin döküp yakacağım": a threat
     r"\bb(ı|i)(ç|c)a(ğ|g)(ı|i)m (haz(ı|i)r|yan(ı|i)mda|cebimde)\b|\bb(ı|i)(ç|c)ak haz(ı|i)r\b"
     r"|\bcan(ı|i)n(ı|i)z(ı|i) yakaca(ğ|g)(ı|i)m\b|\b(hepinizin|hepsinin|onun|senin|sizin) can(ı|i)n(ı|i) yakaca(ğ|g)(ı|i)m\b"
     r"|\bbenzin (d(ö|o)k(ü|u)p|d(ö|o)kece(ğ|g)im ve) (\w+ )?(yakaca(ğ|g)(ı|i)m|tutu(ş|s)turaca(ğ|g)(ı|i)m)\b"),
    ("Pashto", ("ختم کړ", "ووژني"),
     # "سیند ته ځي او ټول به ختم کړي": taking the children to the river to end them all
     r"(سیند|دریاب|سین|اوبو)[^.]{0,60}(ټول|ټوله|ځان|ماشومان)\S* به ختم (کړي|کړم)|(ماشومان|ټول|ځان)\S* به ووژني"),
    ("Pashto", ("یوازې",),
     # a small child alone by a road
     r"(ماشوم|کوچنی|کوچنۍ|ماشومان)[^.]{0,40}یوازې[^.]{0,30}(سړک|سرک|لار|واټ)"),
    ("Ukrainian or Russian", ("балкон",),
     # a small child alone on a balcony, crying; not "сидел на балконе и плакал" (grief)
     r"на балкон(е|і)[^.!?]{0,60}(ребён\w*|ребен\w*|дитин\w*|мальчик|хлопчик|девочк\w*|дівчинк\w*|малыш|малюк)"
     r"[^.!?]{0,40}(плач\w*|один|одна|сам|сама|стуч\w*|стука\w*)"
     r"|(ребён\w*|ребен\w*|дитин\w*|мальчик|хлопчик|девочк\w*|дівчинк\w*|малыш|малюк)[^.!?]{0,40}(один|одна|сам|сама) на балкон(е|і)"),
    ("Ukrainian or Russian", ("шукати", "искать", "шукайте"),
     # "мене вже не треба буде шукати": no one need look for the writer any more
     r"(мене|меня) (вже |уже )?не (треба|потрібно|надо|нужно|буде треба|будет нужно|будет надо)( буде| будет)? (шукати|искать)"
     r"|не шукай(те)? мене\s*([.!]|$)"),
    ("Ukrainian or Russian", ("кладовищ", "кладбищ", "могил", "за кермо", "за руль"),
     # "поїде на кладовище і там усе закінчить": to end it all at the grave
     r"(кладовищ|кладбищ|могил)\w*[^.!?]{0,40}(усе|все) (закінч(ить|у|имо)|покінч(ить|у)|законч(ит|у)|поконч(ит|у))\b"
     # drunk at the wheel with the children
     r"|(п'ян|пʼян|пьян)\w*[^.!?]{0,30}(сів|сіла|сел|села|сідає|садится) за (кермо|руль) (з|с) (\w+ ){0,2}"
     r"(дітьми|дитиною|детьми|ребёнком|ребенком|сином|сыном|донькою|дочкой|дочерью)"),
    ("Twi", ("mempɛ", "mempe", "nkyɛn", "nkyen", "nyinaa"),
     # "mempɛ sɛ mete ase bio": not wanting to live; "anadwo yi me bɛkɔ no nkyɛn": going to the dead
     r"\bmemp(ɛ|e) s(ɛ|e) (mete|metena) ase\b"
     r"|\b(anadwo yi|nn(ɛ|e) anadwo)\b,? ?(me ?)?(b(ɛ|e)k(ɔ|o)|m(ɛ|e)k(ɔ|o)|rek(ɔ|o)) (no|ne) nky(ɛ|e)n\b"
     # "manya nnuro no nyinaa": all the medicine gathered
     r"|\b(manya|menya|mede|mew(ɔ|o)) nnuro (no )?nyinaa\b"),
    ("Tigrinya", ("ገመድ", "ክስዕቦ", "ክስዕባ"),
     # "ገመድ ሒዙ": a rope in hand; "ክስዕቦ እየ": to follow the dead
     r"ገመድ (ሒዙ|ሒዛ|ሒዘ|ሒዞም)|(ክስዕቦ|ክስዕባ) (እየ|እያ|ኢየ|ደልየ)"),
    ("Arabic", ("نفسي", "نفسه", "نفسها", "روحي", "روحه", "روحها", "سچين", "سكين"),
     # Iraqi "راح اذب نفسي": throwing oneself; "ماسك سچينة": a knife held now
     r"\b(اذب|أذب|يذب|تذب|ذب|نذب) (نفسي|نفسه|نفسها|روحي|روحه|روحها)"
     r"|\b(ماسك|ماسكة|ماسكه|شايل|شايلة|شايله|حامل|حاملة|بيده|بإيده|بايده) (سچينة|سچينه|سكينة|سكينه|سكين|سچين)"),
    ("Igbo", ("ndụ", "ndu", "ga-eso", "ga eso"),
     # "achọghị m ịdị ndụ": not wanting to live; "abalị a, m ga-eso ya": following the dead tonight
     r"\bach(ọ|o)gh(ị|i) m (ị|i)d(ị|i) nd(ụ|u)\b|\b(abal(ị|i) a|taa),? m ga-?\s?eso ya\b"),
    ("Urdu or Hindi (romanised)", ("utha le", "utha lo", "utha lay", "uthaa le", "اٹھا لے", "اٹھا لیں"),
     # "Allah mujhe bhi utha le": a prayer to be taken too, not the everyday "Allah mujhe utha le"
     r"\b(allah|khuda|rab|rabb|bhagwan|maula)\b.{0,20}\b(mujhe|mujhko|menu|mainu) (bhi|vi|bi) (aaj raat |aaj |jaldi )?"
     r"(utha|uthaa|otha) (le|lay|lo|lein)\b|(اللہ|خدا|رب)[^.۔]{0,20}مجھے بھی (آج رات |جلدی )?اٹھا (لے|لیں)"),
    ("Kurdish", ("dixe", "dixin"),
     # "zarokekî biçûk li kolanê dixe": a child being hit; not "dixe dibistanê" (puts in school)
     r"\b(zarok|zaro|kurik|ke(ç|c)ik|pitik)\w*\b[^.!?]{0,30}\b(l(ê|e) )?dix(e|in)\b(?! (dibistan|kre(ş|s)|nav|odey|ser))"),
    ("Kurdish", ("لێدەدات", "لێ دەدات", "لێدەدەن", "لێ دەدەن", "لێئەدات"),
     # "بە قایش لێدەدات": beaten with a belt, a whip or kicks
     r"بە (قایش|قەمچی|شەق|مست|دار|کێبڵ|وایەر)[^.]{0,10}لێ ?(دەدات|دەدەن|ئەدات)"),
    ("Punjabi (romanised)", ("chhaal", "chhal", "chaal"),
     # "main wi chhaal maar deni": a jump threatened
     r"\b(chhaal|chhal|chaal) (maar|mar) (deni|dena|devangi|devanga|dungi|dunga|deyan|dewan|lavangi|lavanga)\b"),
    ("Spanish", ("estar aquí", "estar aqui", "estar acá", "estar aca"),
     # "no voy a estar aquí mucho tiempo más": not staying in this world much longer
     r"\bno (voy a|vaya a) estar (aqu(í|i)|ac(á|a)) (por )?mucho (tiempo )?m(á|a)s\b"),
    ("Farsi or Dari", ("وصیت",),
     # a will written, then going to the dead child
     r"وصیت[^.]{0,30}نوشت[^.]{0,80}پیش (او|اش|پسرم|دخترم|بچه‌?\s?ام|طفلم) (می‌?\s?روم|میرم|می‌?\s?رم)"),
    ("Portuguese", ("procurar", "procurem"),
     # "amanhã ninguém precisa me procurar": no one need look for the writer
     r"\bningu(é|e)m (precisa|vai precisar|tem que|precisar(á|a)) (de )?(me procurar|procurar-me)\b"
     r"|\bn(ã|a)o (precisam|v(ã|a)o precisar) (de )?me procurar\b|\bn(ã|a)o me procurem\s*([.!]|$)"),
    ("Tamil", ("தனியாக", "தனியா"),
     # a small child alone in a car
     r"(காரில்|காருக்குள்|வண்டியில்)[^.]{0,60}குழந்தை[^.]{0,20}(தனியாக|தனியா)"
     r"|குழந்தை[^.]{0,20}(தனியாக|தனியா)[^.]{0,30}(காரில்|காருக்குள்|வண்டியில்)"),
    ("Lithuanian", ("dujomis", "dujų kvap", "duju kvap"),
     # a smell of gas where small children are
     r"\b(kvepia|dvokia|atsiduoda|jau(č|c)iasi) dujomis\b[^.!?]{0,80}\bvaik\w*"
     r"|\bvaik\w*[^.!?]{0,80}\b(kvepia|dvokia|atsiduoda) dujomis\b|\bduj(ų|u) kvap\w*[^.!?]{0,80}\bvaik\w*"),
    ("Hungarian", ("párkány", "parkany", "született", "szuletett"),
     # a small child standing or climbing on a window ledge; not "a gyerekszoba párkányán virágok"
     r"\b(kisgyerek|gyerek|kisfi(ú|u)|kisl(á|a)ny|baba)\w*\b.{0,30}\b((á|a)ll|(ü|u)l|m(á|a)szik|m(á|a)szott|kapaszkodik"
     r"|kihajol)\w*\b.{0,30}\b(ablak)?p(á|a)rk(á|a)ny\w*"
     r"|\b(kisgyerek|gyerek|kisfi(ú|u)|kisl(á|a)ny|baba)\w*\b.{0,40}\b(ablak)?p(á|a)rk(á|a)ny\w*\b.{0,10}"
     r"\b((á|a)ll|(ü|u)l|m(á|a)szik|m(á|a)szott|kapaszkodik|kihajol)\w*"
     r"|\b(ablak)?p(á|a)rk(á|a)ny\w*\b.{0,30}\b((á|a)ll|(ü|u)l|m(á|a)szik|m(á|a)szott|kapaszkodik|kihajol)\w*\b.{0,30}"
     r"\b(kisgyerek|gyerek|kisfi(ú|u)|kisl(á|a)ny|baba)\w*"
     # "meg fogja bánni, hogy megszületett": a threat
     r"|\b(meg fogja b(á|a)nni|meg fogj(á|a)k b(á|a)nni|megb(á|a)nja|megb(á|a)nj(á|a)k),? hogy (meg)?sz(ü|u)letett\w*"),
    ("Yoruba", ("búlúù", "bulu", "búlù", "bùlù"),
     # lips gone blue: "ètè rẹ̀ ti di búlúù"
     r"(è|e)t(è|e)(\s+\S{1,6}){1,3}\s+ti di b(ú|u)l(ú|u)(ù|u)?"),
    ("Vietnamese", ("dang danh", "that lung", "thắt lưng"),
     # written without its marks: "dang danh con be", beaten with a belt
     r"\bdang danh (me|con|em|chi|toi|be|vo)\b|\b(đ|d)(á|a)nh\b.{0,40}\bb(ằ|a)ng (d(â|a)y )?th(ắ|a)t l(ư|u)ng\b"),
    # A threat to kill or burn said in the first person, a knife fight at home now, all the pills
    # swallowed, "I'm going to die now" and "I can't live" written in the Latin letters families
    # text in, a child on a roof calling to go to the dead, and small children left alone, out by
    # a road, or pushed into a car.
    ("Albanian", ("djeg",),
     # "do ta djeg": I will burn it (an office, a house); not the petrol-and-burn pattern alone
     r"\bdo (ta|t'i|t’i|t'ia|t’ia) djeg(im|in|ë|e)?\b"),
    ("Polish", ("dziec", "maluch", "chłop", "chlop", "dziewczyn"),
     # a small child alone by a road or in the street, not "dziecko samo wraca ze szkoły"
     r"\b(ma(ł|l)e dziecko|dziecko|dzieciak|maluch|ma(ł|l)y ch(ł|l)opiec|ma(ł|l)a dziewczynka|ch(ł|l)opczyk|dziewczynka)\b"
     r"[^.!?]{0,40}\b(samo|sama|sam)\b[^.!?]{0,60}\b(przy|na|obok) (jezdni|ruchliwej drodze|drodze|torach)\b"
     r"|\b(ma(ł|l)e dziecko|dziecko|maluch|ma(ł|l)y ch(ł|l)opiec|ma(ł|l)a dziewczynka)\b[^.!?]{0,40}\b(samo|sama|sam),? bez (but(ó|o)w|kurtki|ubrania)\b"),
    ("Ukrainian or Russian", ("самих", "одних", "саму", "одну", "самого", "одного"),
     # "залишила двох дітей самих у квартирі": small children left alone
     r"(залишил|залишив|оставил|оставила|оставили|кинул|кинула|кинули|бросил|бросила|бросили)\w* (\S+ ){0,2}"
     r"(дітей|дитину|детей|ребёнка|ребенка|малюка|малыша|немовля|младенца|малят|малышей) "
     r"(самих|одних|саму|одну|самого|одного)\b"),
    ("Farsi or Dari", ("چاقو",),
     # "با چاقو دعوا می‌کنند": fighting with a knife now
     r"با چاقو (دعوا|حمله|به جان)"),
    ("Lithuanian", ("tablet", "vaist", "nebeatsibust", "nebeatsibusiu"),
     # "išgėriau visas tabletes": all the pills swallowed; "noriu nebeatsibusti": not to wake
     r"\b(i(š|s)g(ė|e)riau|i(š|s)g(ė|e)r(ė|e)|prarijau|prarijo|i(š|s)gersiu|prarysiu|suvalgiau) (visas|vis(ą|a)|daug|pilnas) "
     r"(\w+ )?(tablet|vaist|pilul)\w*"
     r"|\bnoriu (u(ž|z)migti ir )?nebeatsibusti\b|\bnebeatsibusiu\b"),
    ("Portuguese", ("matá-", "mata-", "matar ele", "matar ela"),
     # "vou matá-lo": a threat to kill; not "vou matar a saudade"
     r"\b(vou|vamos|vai|ele vai|ela vai|eu vou) (agora )?mat(á|a)-(lo|la|los|las)\b|\b(vou|vai) matar (ele|ela|eles|elas)\b"),
    ("French", ("de force", "forcé", "forcée", "force"),
     # a child pushed into a car by force
     r"\b(fille|fillette|gar(ç|c)on|enfant|gamin\w*|ado|adolescente?)\b[^.!?]{0,40}\b(de force|forc(é|e)e?s?) (dans|vers) "
     r"(une|la|sa|un|leur) (voiture|camionnette|fourgon|van)\b"
     r"|\bde force\b[^.!?]{0,60}\b(fille|fillette|gar(ç|c)on|enfant|gamin\w*|ado|adolescente?)\b[^.!?]{0,40}"
     r"\b(dans|vers) (une|la|sa|un|leur) (voiture|camionnette|fourgon|van)\b"),
    ("Slovak or Czech", ("zabijem", "zabiju"),
     # "idem do nemocnice a zabijem ho": a threat to kill someone, not "zabijem sa" (above)
     r"\b(a|idem|pôjdem|pojdem|p(ů|u)jdu|jdu) (\w+ ){0,4}zabij(em|u) (ho|ju|ich|(ť|t)a|t(ě|e)|v(á|a)s|ji|je|toho|tú)\b"
     r"|\b(dnes|teraz|te(ď|d)|zajtra|z(í|i)tra) (ho|ju|ich|ji|je) zabij(em|u)\b"),
    ("Tamil (romanised)", ("moochu", "mochu", "saaga", "saaka", "kaththi", "kathi"),
     # "kuzhanthai moochu vidala": a child not breathing; "naanum ippo saaga poren": going to die now
     r"\b(moochu|mochu|moochchu) (vidala|vidalai|vidavillai|illa|varala)\b"
     r"|\b(saaga|saaka|chaaga) (poren|poraen|porean|pogiren|poguren|porom)\b"
     r"|\b(kaththi|kathi) (en |ennoda |ava |avan )?(kaiyil|kaila|kayila|kaiyila) (irukku|iruku|irukkudhu)\b"),
    ("Malayalam (romanised)", ("jeevikk", "jeevik"),
     # "enikku ini jeevikkan vayya": cannot live on
     r"\b(jeevikk?(aan|an|anu)) (vayya|vaiya|kazhiyilla|pattilla|pattunnilla|thonnunnilla)\b"),
    ("Bulgarian", ("покрива", "моста", "перваза", "ръба"),
     # "на покрива ... крещи, че иска да отиде при брат си": at a height, calling to go to the dead
     # not "иска да отиде при съседа за стълба" (a roofer going next door)
     r"на (покрива|моста|перваза|ръба)[^.!?]{0,60}((иска|искам) да (отиде|отида) при (него|нея|(брат|сестра|сина|дъщеря|майка|баща|мама|татко)\w* си)"
     r"|((иска|искам) да|ще) (скочи|скоча))(?!\w)"),
    # Written the way families type on phones, in Latin letters and without accents: not breathing,
    # lips gone dark or a face turned blue, seizures now, poison or a battery swallowed, a knife or
    # a bomb threatened, a farewell message sent from a bridge, a note left saying "going to my
    # brother", and small children alone at home or on a main road.
    ("Arabic (romanised)", ("tnfes", "tnfss", "tnafas", "tnaffas", "tnffs", "fi2", "nqtel", "nktel", "ktlo", "tlo",
                            "tla", "jarrahat", "jara7at", "jar7at", "jarahat", "tashannuj", "tashanuj", "shirab", "shirb", "shireb",
                            "shrab", "shrb", "sherb"),
     # Darija "makatnfessch", Iraqi "ma yigdar yitnafas": not breathing now
     r"\bma ?(ka|ta)(t|y|yt)?n(a)?ff?e?ss?(ch|sh)\b|\bma (y|t|a|n)?i?(g|q|2)dar (y|t|a|n)?i?tn(a)?ff?as\b"
     # "ma 3am tfi2": not coming round now
     r"|\bma (3am|3m) (t|y)(fi2|fee2)\b"
     # "ghadi nqtel rasi": I will kill myself; "ana ra7 2aktlo": I will kill him
     r"|\b(ghadi|ghan|gha|bghit) n(q|k)e?tel ras(i|y)\b"
     r"|\b(ra7|ra2|rah|bddi|bdi|beddi|baddi|badi) (2a|a|e|2e)?(k|q|2)?tl(o|a|ha|hom|on|ak|ek|ik|u)\b"
     # "jarrahat ideha bil sikkina": a hand cut with a knife
     r"|\b(jarrahat|jara7at|jar7at|jarahat|jarra7at)\w* (ideha|idha|2idha|eedha|nafsa|nafsha)\b.{0,20}\b(sikkin|sekkin|sakkin|mus)\w*"
     # "w halla ... ja'atu tashannujat": seizures now
     r"|\b(halla2?|hala2|hal2|al-?aan|hessa|daba|hlla)\b.{0,40}\btash?ann?uj\w*"
     # "shrab sim": poison drunk
     r"|\b(shirab|shrab|shirbat|shrbat|shireb|shrb|sherb)\w* (sim|simm|summ)\b"),
    ("Arabic", ("قنبلة", "قنبله", "سأفجر", "سافجر"),
     # "سأضع قنبلة امام مكتبكم": a bomb threatened
     r"(سأضع|ساضع|سوف أضع|سوف اضع|سأزرع|سازرع|رح حط|رح احط|رح أحط) (\S+ )?(قنبلة|قنبله)|(سأفجر|سافجر|سوف أفجر|رح فجر|رح أفجر) "
     r"(مكتب|المكتب|المبنى|المستشفى|البناية)"),
    ("Ukrainian or Russian (romanised)", ("nozh", "ostanovit", "strybn", "stribn", "prygn", "tabletky", "tabletki",
                                          "pihulky", "zapysk", "zapisk", "записк", "razob", "разобь"),
     # "u menya nozh", "poprobuyet menya ostanovit'": a knife and a threat
     r"\b(u menya|u mene|so mnoy|pry meni|pri mne) (ye |est' |yest' )?nozh\b|\bpoprobu\w* menya ostanovit"
     # "vystrybne z vikna": a jump threatened from a height
     r"|\b(vy)?(strybn|stribn|prygn)\w* (z|s|iz|vid) (vikna|okna|balkon\w*|most\w*|dakhu|kryshi)\b"
     # "vypyla vsi tabletky": all the pills taken
     r"|\b(vypyla|vypyv|vypila|vypil|vyp'?yu|vypiu|pryinyala|pryiniala|prynyala|prinyala|pryimu|primu)\b (vsi|vse|vsio) "
     r"(tabletky|tabletki|pihulky|liky)\b(?!,? (yaki|kotorye|shcho|chto) (meni |mne )?(propys|propis|pryznach|naznach|vypys|vypis))"
     # "lyshyv zapysku shcho ide do braty": a note left, going to the dead
     r"|\b(zapysk|zapisk)\w*.{0,40}\b(ide|yde|idu|pide|idet|ydet) (do|k) (brat|sestr|syn|don'?k|doch)\w*"
     r"|записк\w*[^.!?]{0,40}(йде|іде|иду|піде|идёт|идет|пойдёт|пойдет) (до|к) (брат|сестр|син|сын|дон|доч)\w*"
     # "skazal chto razob'etsya na mashine": a crash threatened
     r"|\braz?ob'?(e|yo|ye)ts(y)?a\b.{0,30}\b(na mashine|ob stenu|o stenu|v stenu)\b"
     r"|\braz?ob'?yus'?\b.{0,30}\b(na mashine|ob stenu|o stenu|v stenu)\b"
     r"|(разобьётся|разобьется|разобьюсь)[^.!?]{0,30}(на машине|об стену|о стену|в стену)"),
    ("Kurdish (romanised)", ("agir", "qut"),
     # "agir le hemu shtek berdedem": everything set on fire
     r"\bagir (le|la|bo|be) (\w+ ){0,3}berde(dem|dat|din|den)\b"
     # "batrey bchukekey qut dawe": a battery or pills swallowed
     r"|\b(batrey|batri|battery|pil|hab|habakan|derman)\w*\b.{0,20}\bqut (dawe|da|dawa|dedat)\b"),
    ("Pashto (romanised)", ("nan shpa", "nan shpe"),
     # "za Sana sara zam nan shpa": going to the dead tonight
     r"\bsara (zam|zem|zma) nan shp(a|e)\b|\bnan shp(a|e) (ba )?(\w+ )?sara (zam|zem|zma)\b"),
    ("Swahili", ("amekunywa", "amemeza", "sumu", "sababu ya kuishi"),
     # "amekunywa dawa ya kusafisha choo": a child has drunk cleaner or poison
     r"\bame(kunywa|meza|kula) (dawa ya (kusafisha|choo|kuua)|sumu|bleach|jik|jiki)\b"
     r"|\b(nitakunywa|nitameza|nimekunywa|nimemeza)\b.{0,40}\bsumu\b|\bsumu\b.{0,40}\b(nitakunywa|nitameza|nimekunywa|nimemeza)\b"
     r"|\bsioni sababu ya kuishi\b"),
    ("Tagalog", ("makahinga", "labi"),
     # "hindi makahinga": not breathing now; not "parang hindi ako makahinga" (grief)
     r"(?<!parang )\bhindi (siya |sya |na )?makahinga\b(?! sa (sakit|lungkot|iyak))"
     r"|\b(nangingitim|nangi?ngitim|nagkukulay (asul|ube)|nagiging (asul|ube)) (na )?(ang )?labi\b"),
    ("Bulgarian", ("hvarl", "hvurl", "хвърл"),
     # "na balkona ... kazva che shte go hvarli": a child about to be thrown from a height
     r"\b(balkon|prozor|pokriv|most)\w*.{0,60}\bshte (go|ya|gi|se) (iz)?hv(a|u|y)rl(i|ya)\b"
     r"|\bshte (go|ya|gi|se) (iz)?hv(a|u|y)rl(i|ya)\b.{0,30}\b(balkon|prozor|pokriv|most)\w*"
     r"|(балкон|прозор|покрив|мост)\w*[^.!?]{0,60}ще (го|я|ги|се) (из)?хвърл(и|я)"),
    ("Gujarati (romanised)", ("kudi", "kudee"),
     # "train ni saame kudi jaish": a jump threatened
     r"\bkud(i|ee) (jaish|jais|jashe|jase|padish|padis|padse)\b"),
    ("Urdu or Hindi (romanised)", ("aag laga", "aag lagaa"),
     # "office ko aag laga doonga": a place threatened with fire, not the self (above)
     r"\b(ko|ke|mein|me) aag (laga|lagaa) (dunga|doonga|dungi|doongi|denge|dega|degi)\b"),
    ("Spanish or Portuguese", ("despedida", "levad", "arrastrad"),
     # a farewell message sent, and its writer on a bridge or not answering
     r"\b(mensaje|mensagem|carta|nota) de despedida\b.{0,80}\b(puente|ponte|no contesta|n(ã|a)o atende|no responde"
     r"|n(ã|a)o responde|v(í|i)as|azotea)"
     # "está sendo levado pela correnteza": swept away by a river now
     r"|\b(est(á|a)|t(á|a)) (sendo |siendo )?(levad|arrastrad)[oa] (pela|por la) (correnteza|corrente|corriente|(á|a)gua|agua)\b"),
    ("Yoruba", ("ofun", "ọfun"),
     # "nkan di ni ofun e": something stuck in the throat
     r"\b(nkan|nkankan|ohun kan)\b.{0,10}\b(di|ha|há) (ni |si |sí )?(o|ọ)f(u|ú)n\b"),
    ("Bengali (romanised)", ("maira", "rokto", "behush", "behosh", "bihush", "chokh", "kache", "kase", "dimu",
                             "dibo"),
     # "tare maira felmu": a threat to kill someone
     r"\b(tare|take|oke|ore|tore|toke|oder|tader|okey)\b (\w+ )?maira? (felmu|felbo|phelmu|phelbo|falmu|falbo)\b"
     # bleeding, fainting, eyes not opening now
     r"|\brokto (jaitese|jacche|jachhe|portese|porteche|porche|thamche na|thamtese na)\b"
     r"|\bbe?h(u|o)sh hoye (jaitese|jacche|jachhe|gese|geche|gechhe|porse|poreche)\b"
     r"|\bchokh (khulse|khulche|khultese|khulchhe|kholche|kholse) na\b"
     # "boltese bacha'r kache jaibo": going to the dead child
     r"|\b(bacha|baccha|bachcha|chele|meye|pola|puter|putr)('?r|er) (kache|kase|kachhe) (jaibo|jabo|jamu|jaimu|chole jabo)\b"
     # "ami aij rat o pani't dimu": a jump into water
     r"|\b(ami|amio)\b.{0,20}\b(nodi|pani|gang)('?t|te) (jhap |lafi |jhaap |laf )?(dimu|dibo)\b"),
    ("Slovak or Czech", ("ukon", "sami", "samy"),
     # "dnes vecer to ukoncim": ending it tonight; not "že to ukončím až zajtra" (a task)
     r"\b(dnes|dneska|te(ď|d)|teraz|zajtra|z(í|i)tra)( ve(č|c)er| v noci)? to ukon(č|c)(í|i)m\s*([.,!]|$)"
     # "doma su sami 3 male deti": small children left alone
     r"|\bsam[iy] (\w+ )?mal(é|e|á|a) (deti|d(ě|e)ti)\b|\bmal(é|e|á|a) (deti|d(ě|e)ti) (s(ú|u)|jsou|zostali|z(ů|u)stal[iy]) (doma )?sam[iy]\b"),
    ("Farsi or Dari (romanised)", ("kabud", "nafas", "mikosh", "kard dar", "ba kard"),
     # "rang-esh kabud shuda", "nafas-esh dorost nest": gone blue, not breathing right
     r"\brang[- ]?(esh|ash|ish) kabud\b|\bnafas[- ]?(esh|ash|ish)? (dorost|durust) (nest|nist)\b"
     # "hame ra mikosham", "kard dar dast darad": a threat to kill, a knife in hand
     r"|\b(hame|hama|hamaro|hamara) (ra )?mi-?kosh(am|a|an|im|ad)\b|\bkard dar dast(-?esh)? (darad|dare|dara)\b"
     # "khodesho mikoshe": he will kill himself; "neshaste ba kard": sitting with a knife
     r"|\bkhod(esh|esho|asho|ash) (ro |ra )?mi-?kosh(e|ad|an)\b|\b(neshaste|nishaste|vaysade|istade) ba kard\b"),
    ("Amharic (romanised)", ("dem taya", "dem tay"),
     # "dem tayalech": you will see blood, a threat
     r"\bdem (tayalachu|tayalech|tayaleh|tayalesh|tayalachihu)\b"),
    ("Tigrinya (romanised)", ("mnbar", "minbar", "kinebir"),
     # "mnbar aykalen": cannot live on
     r"\b(m(i)?nbar|kinebir|kneber) (ay|a)?k(e|a)?'?a?l(e|a)?n\b"),
    ("Lithuanian", ("kvepuot", "kvėpuot", "nekvepuoja", "nekvėpuoja"),
     # "neina kvepuoti": not breathing now
     r"\b(neina|negali|nebegali|nebeina) kv(ė|e)puoti\b|\bnekv(ė|e)puoja\b"),
    ("Vietnamese", ("thuoc", "thuốc", "khong day", "không dậy"),
     # "uong het ca hop thuoc ngu", "goi khong day": a box of pills taken, not waking
     r"\bu(o|ố)ng h(e|ế)t (c(a|ả) )?(h(o|ộ)p|v(i|ỉ)|l(o|ọ)) thu(o|ố)c\b|\bg(o|ọ)i kh(o|ô)ng d(a|ậ)y\b"),
    ("Somali", ("waddada", "jidka"),
     # "ilmo yar ... ayaa ku socda waddada weyn": a small child walking along a main road
     r"\b(ilmo|ilmaha|cunug|canug|carruur|caruur)\w*\b.{0,60}\b(waddada|jidka) (weyn|dhexdiisa|dhexda)\b"),
    # More ways of saying it, in the languages above and a few more (Twi, Uzbek, Azerbaijani).
    ("Urdu", ("برداشت", "ایک ساتھ کھا"),
     # "اب اور برداشت نہیں کر سکتی": cannot bear it any more; "سب ایک ساتھ کھا لوں": take them all at once
     r"اب (اور )?برداشت نہیں (کر )?(سکتی|سکتا|ہوتا|ہوتی)"
     r"|(سب|ساری|تمام) (دوائیاں |گولیاں )?(ایک ساتھ|اکٹھی) کھا (لوں|لونگی|لوں گی|لوں گا|لونگا)"),
    ("Turkish", ("çığlık", "dövüyor", "vuruyor"),
     # "şu an bir çocuk çığlık atıyor, babası bağırıyor": a child screaming now; "annemi dövüyor": beating now
     r"\b(şu an|şimdi|su an|simdi)\b[^.!?]{0,40}\bçocu(k|ğu|gu)\w* çığlık at(ı|i)yor"
     r"|\bçocu(k|ğu|gu)\w* çığlık at(ı|i)yor\b[^.!?]{0,60}\b(bağırıyor|kırılıyor|vuruyor|dövüyor)\b"
     r"|\b(beni|bizi|annemi|çocu(ğ|g)u|çocukları|karısını|kardeşimi|kızını|oğlunu) (şu an |şimdi )?(dövüyor|vuruyor)\b"),
    ("Vietnamese", ("uống hết", "uong het", "đi theo"),
     # "uống hết thuốc ngủ để đi theo con": all the sleeping pills, to follow a dead child;
     # not "đi theo con đến trường" (going along with a child to school)
     r"uống hết (cả |số |đống )?(thuốc ngủ|thuốc an thần)|\buong het (ca )?thuoc ngu\b"
     r"|(để|muốn) đi theo (con|cháu|bé)(?! (đến|tới|vào|ra|đi|về|lên))\b"),
    ("Bulgarian", ("смисъл", "без мен"),
     # "вече няма смисъл да продължавам": no point going on; not "да продължавам с жалбата"
     r"няма (никакъв )?смисъл да (живея|продължавам(?! (с|със|да|тази|този|това|разговора|жалбата)\b))"
     r"|(всички|всичко|те|децата) ще (са|бъдат|е|бъде|живеят) по-добре без мен"),
    ("Yoruba", ("fara d",),
     # "mi ò lè fara dà á mọ́": I cannot bear it any more
     r"\b(mi|emi) (ò|o|kò|ko) (l(è|e)) fara d(à|a)\b"),
    ("Chinese", ("再活", "活不下去"), r"不想再活|(不|唔)想再(生存|活)|我活不下去"),
    ("Italian", ("tagliat", "sanguina"),
     # "mi sono tagliata di nuovo con le lamette": cut with blades; not a finger cut cooking
     r"(?<!non )\b(mi sono|si (è|e)) tagliat[oa]\b[^.!?]{0,40}\b(lamett\w*|rasoi\w*|polsi|vene|braccia|gambe)\b"
     r"|\bsanguina (tanto|molto|troppo|ancora)\b[^.!?]{0,20}\bnon si ferma\b"),
    ("Pashto", ("غورځوم", "غورځوي", "غورځوې"),
     # "وایي ځان غورځوم": says she will throw herself down
     r"ځان (به )?(غورځوم|غورځوي|غورځوې)"),
    ("Bengali", ("বাঁচতে", "শেষ করে"),
     # "আমার বাঁচতে ইচ্ছা করছে না": no wish to live; "সব শেষ করে দিতে চাই": to end it all
     r"বাঁচতে (আর )?(ইচ্ছা|ইচ্ছে) (করছে|করে) না|(সব|নিজেকে) শেষ করে (দিতে চাই|দেব|দিব|দেবো|ফেলব|ফেলবো)"),
    ("Twi", ("bɛkum", "bekum", "reboro"),
     # "ɔbɛkum yɛn nyinaa": he will kill us all; "reboro me maame": beating my mother now
     r"(?<!\w)(ɔ|o)?(bɛ|be)kum (yɛn|yen|me|wo|no|ne|hɔn|won)\b|\b(ɔ|o)?reboro (me|ne|yɛn|yen)\b"),
    ("Uzbek", ("yashay olmay", "yashashni", "yashagim", "lmoqchi", "ldiraman", "яшай олмай", "яшашни", "ўлмоқчи",
               "ўлдираман"),
     # "men endi yashay olmayman": I cannot live any more
     r"\byashay olmayman\b|\byashashni (xohlamayman|istamayman)\b|\byashagim kelmayapti\b"
     r"|\bo['‘’`ʻ]?lmoqchiman\b|\bo['‘’`ʻ]?zimni o['‘’`ʻ]?ldiraman\b"
     r"|яшай олмайман|яшашни (хоҳламайман|истамайман)|ўлмоқчиман|ўзимни ўлдираман"),
    ("Azerbaijani", ("yaşama", "yasama", "körpü", "korpu", "ölmək", "olmek", "özümü", "ozumu"),
     # "yaşamağın mənası qalmayıb": no meaning left in living; "indi ... körpüdəyəm": on a bridge now
     r"\bya(ş|s)ama(ğ|g)(ı|i)n (he(ç|c) )?(bir )?m(ə|e)nas(ı|i) (qalmay(ı|i)b|yoxdur)\b"
     r"|\bya(ş|s)amaq ist(ə|e)mir(ə|e)m\b|\b(ö|o)lm(ə|e)k ist(ə|e)yir(ə|e)m\b|\b(ö|o)z(ü|u)m(ü|u) (ö|o)ld(ü|u)r(ə|e)c(ə|e)y(ə|e)m\b"
     r"|\b(i|İ)ndi\b[^.!?]{0,60}\bk(ö|o)rp(ü|u)d(ə|e)y(ə|e)m\b"),
    ("Arabic", ("عايز", "عاوز", "داير"),
     # Egyptian and Sudanese "بتقول عايزة تموت": says she wants to die
     r"(عايزة|عايز|عاوزة|عاوز|دايرة|داير) (أموت|اموت|تموت|يموت)"),
    ("Nepali", ("पोका", "बट्टा", "बोतल"),
     # a whole packet of pills taken out, and a farewell ("अब म पनि जान्छु")
     r"(पूरै|सबै|पूरा) (पोका|बट्टा|बोतल)[\s\S]{0,200}म पनि (जान्छु|मर्छु)|म पनि (जान्छु|मर्छु)[\s\S]{0,200}(पूरै|सबै|पूरा) (पोका|बट्टा|बोतल)"),
    # English mixed with other languages, and languages written in Latin letters.
    ("Bengali (romanised)", ("shesh kore", "sesh kore", "din thakbo", "din bachbo", "din baachbo"),
     # "nijeke shesh kore dibo": I'll end myself; "ar parchi na ... shob shesh kore dibo": can't go on,
     # I'll end it all; "ami o ar beshi din thakbo na": I won't be here many more days
     r"\b(nijeke|nije ke|nijer jibon|nijer jibon ta|amar jibon|amar jibonta) (shesh|sesh) kore (dibo|dimu|debo|felbo|phelbo)\b"
     r"|\bar (parchi|parsi|partesi|parchhi) na\b[^.?!]{0,80}\b(shob|sob|shob kichu|sob kichu|sob kisu|shob kisu) (shesh|sesh) kore (dibo|dimu|debo|felbo|phelbo)\b"
     r"|\b(ami|ami o|amio|ami nijeo) ar (beshi|besi|bashi) din (thakbo|bachbo|baachbo) na\b(?! (ekhane|ei|england|uk|burnley|preston|blackburn|bari|basay|shohor))"),
    ("Turkish", ("dovuyor", "dövüyor", "kesiyor", "keseceğ", "kesece", "biriktir"),
     # "babam annemi dovuyor su an": beating someone now, written without its marks
     r"\b(annemi|anneni|kardesimi|kardeşimi|karisini|karısını|ablami|ablamı|abimi|bizi|beni) (su an |şu an |simdi |şimdi )?d(ö|o)v(ü|u)yor\b"
     # "jiletle kendini kesiyor": cutting herself now, or about to
     r"|\bkendi(ni|mi) (jiletle |b(ı|i)(ç|c)akla )?kes(iyor|iyorum|ece(ğ|g)im|ecek)\b"
     # "ilaclarini biriktirdim ... simdi iciyorum": pills saved up and being taken now
     r"|\bila(ç|c)\w*[^.!?]{0,20}\bbiriktir(dim|di|mi(ş|s)im|iyorum)\b[\s\S]{0,80}\b(i(ç|c)iyorum|i(ç|c)tim|i(ç|c)ece(ğ|g)im|yutuyorum|yuttum)\b"),
    ("Nigerian Pidgin", ("go follow", "wan follow", "won follow", "fit follow", "must follow", "poison", "sniper",
                         "otapiapia"),
     # "she go follow her pikin": to follow a dead child; not "follow her pikin go school"
     r"\b(i|she|he|im|e) (go|wan|won|fit|must) follow (her|him|my|im|am|di|the|dat) (pikin|child|baby|son|daughter|pikin dem)\b(?!\s+(go|to|for|come|reach)\b)"
     # "she go drink poison": a plan to take poison; not "she no go drink poison"
     r"|(?<!\bno )(?<!\bnever )\b(go|wan|won|fit) (drink|take|swallow|chop) (poison|sniper|rat poison|otapiapia)\b"),
    ("Farsi or Dari (romanised)", ("mizane", "mizanatesh", "mikoshe", "mikoshad", "mikoshatam"),
     # "babam alan dare maman ro mizane": is hitting someone now; "mige mano mikoshe": says he'll kill me
     r"\b(alan|hala|hamin alan)\b[^.?!]{0,30}\bdare (\w+ ){1,2}(ro|o|ra) (mizane|mizanatesh|kotak mizane)\b"
     r"|\bmige (\w+ ){0,2}(mano|maro|mara|man ro|ma ro|hamaro|hamamoon ro|mamano|maman ro|baradaramo) mikosh(e|ad|atam)\b"),
    ("Nigerian Pidgin", ("wan live", "don drink", "go jump", "i dey for"),
     # "i no wan live for this world": no wish to live; "i don drink the Dettol": poison taken;
     # "she dey shout say she go jump"; "i dey for the rail track now"
     r"\bi no (wan|want) live (again|anymore|any more|no more|for this world)\b(?! (for|in) )|\bi (don|done) (drink|swallow|take) (the |di )?(dettol|poison|sniper|bleach|rat poison|otapiapia)\b"
     r"|\b(say|sey) (she|he|i|im) go jump\b|\bi dey for (the |di )?(rail ?track|railway line|bridge|river side)\b"),
    ("Jamaican Patois", ("ago join", "wid mi"),
     # "mi ago join mi bwoy tonight": to join a dead child; "mi ago find dem wid mi cutlass": a threat
     r"\bmi (ago|a go|gwine) join mi (bwoy|son|pickney|pickney dem|baby|gyal|daughter|yute)\b"
     r"|\bmi (ago|a go|gwine) (find|kill|chop|bun) (dem|him|her)\b[^.?!]{0,30}\bwid mi (cutlass|machete|knife|gun|ratchet)\b"),
    ("Tagalog", ("tulay ako", "gilid ng", "na pong sumunod", "nang sumunod"),
     # "nasa tulay ako ngayon": on a bridge now; "gusto ko na pong sumunod kay Bea": to follow the dead
     r"\bnasa tulay ako\b|\bnakatayo (po )?ako (ngayon )?sa gilid ng (dagat|ilog|tulay|riles)\b"
     r"|\bgusto ko (na pong|nang|na po ng) sumunod (kay|kina|sa kanya|sa anak)\b"),
    ("Punjabi or Hindi (romanised)", ("koi matlab", "koi faida", "chali jaungi", "chala jaunga", "naal jaana"),
     # "mainu hun jeen da koi matlab nahi": no point in living; "main vi ohde naal jaana": going with the dead
     r"\b(jeen|jeena|jine|jeene) (da|ka) koi (matlab|faida|fayda|maksad) (nahi|nai|nahin)\b"
     r"|\bmain (vi|bhi) (ohde|usde|uske|onha de|unke) (naal|saath|kol|paas) (jaana|jana)\b"
     r"|\b(main|mai) (vi|bhi) (chali|chala) (jaungi|jaunga|jaoongi|jaoonga)\b[^.?!]{0,10}\bjaise\b"),
    ("Farsi or Dari (romanised)", ("tamoomesh", "tamumesh", "zende basham", "zende bemoonam", "mipare"),
     # "emshab tamoomesh mikonam": ending it tonight; "nemikham zende basham": no wish to live;
     # "rooye posht-e-bum-e, mige mipare": on the roof, saying they'll jump
     r"\btam(oo|u)m(esh|ash) mi-?konam\b|\bnemi-?kh?am (dige )?zende (basham|bemoonam|bemunam)\b"
     r"|\b(posht-?e-?bum|posht-?e-?bam|pol|panjere)\w*\b[^.?!]{0,20}\bmige mipare\b"),
    ("Bengali (romanised)", ("kheye fel", "kheye nilam", "kheye niyechi"),
     # "ami bish kheye felechi": poison taken
     r"\b(bish|bis|vish|bisher botol) kheye (felechi|felsi|felechhi|nilam|niyechi)\b"),
    ("Romanian", ("pentru ce", "sare cu"),
     # "nu mai am pentru ce trai": nothing left to live for;
     # "zice ca sare cu ea": says she will jump with the child
     r"\bnu mai am pentru ce (s(ă|a) )?tr(ă|a)i(esc)?\b|\bzice c(ă|a) sare cu\b"),
    ("Turkish", ("de ölece", "de olece"),
     # "ben de öleceğim": I'll die too
     r"\bben de (ö|o)lece(ğ|g)im\b(?![\"\'”]?\s*diye (kork|sand|d(ü|u)(ş|s)(ü|u)n))"),
    ("Turkish", ("hesab", "ne olacaksa", "ne olursa olsun"),
     # "yarın gidip hesabını soracağım, ne olacaksa olsun": going to settle it with someone, come
     # what may; not "hesabını soracağım" alone (a complaint), nor "hesabını sordum" (past)
     r"\bhesab(ı|i)n(ı|i) (soraca(ğ|g)(ı|i)m|sorucam|soraca(ğ|g)(ı|i)z|verecek|(ö|o)deyecek)\b[^.!?]{0,40}"
     r"\b(ne olacaksa olsun|ne olursa olsun)\b"
     r"|\b(ne olacaksa olsun|ne olursa olsun)\b[^.!?]{0,40}\bhesab(ı|i)n(ı|i) (soraca(ğ|g)(ı|i)m|sorucam|soraca(ğ|g)(ı|i)z)\b"),
    ("Romanian", ("lovitur", "bufnitur", "țipete", "tipete"),
     # "am auzit lovituri acum", "se aud bufnituri și copilul țipă": someone being hurt next door now
     r"\b(aud|am auzit|se aud|s-au auzit|auzim|am auzit iar) (iar |din nou )?(lovituri|bufnituri|(ț|t)ipete)\b"
     r"[^.!?]{0,30}\b(acum|chiar acum|(î|i)n clipa asta|de la vecini)\b"
     r"|\b(acum|chiar acum)\b[^.!?]{0,20}\b(aud|se aud|auzim) (lovituri|bufnituri|(ț|t)ipete)\b"),
    ("Arabic (romanised)", ("nafs", "intihar", "entehar", "ente7ar"),
     # "yaqul innahu sayaqtul nafsahu al-layla": says he will kill himself tonight;
     # not "lan aqtul nafsi" (I won't), nor "qatala nafsahu" told as past
     r"(?<!\blan )(?<!\bla )(?<!\bma )\b(sa|sawfa |ha|ra7 |rah )?(ya|a|ta|y|t)?(q|k|2)tu?l(u)? (nafs(ahu|aha|i|ee|y|o|u|ha)|rou7(o|a|i|y)|ro7(o|a|i|y)|roho|roha)\b"
     r"|\b(sa|sawfa |ha|ra7 |rah |bad?di |bidd(i|o|ha) )(ya|a|ta|y|t)?(n|3)?tah?(i|e)r\b"),
    ("Tagalog", ("mamatay", "tumalon", "magpakamatay", "maglaslas"),
     # "gusto na rin niyang mamatay": wants to die too; "sinubukan niyang tumalon sa bintana": tried
     # to jump; not "ayaw niyang mamatay" or "natatakot akong mamatay" (afraid of dying)
     r"(?<!ayaw )(?<!hindi )\bgusto (na )?(rin |din |na rin )?(niyang|nyang|kong|ko nang|niya nang|na niyang) mamatay\b"
     r"|\b(sinubukan|tinangka|sinubok) (niyang|nyang|kong|ko ang|niya ang) (tumalon|magpakamatay|maglaslas|uminom ng (lason|maraming gamot))\b"),
    ("Tamil", ("தற்கொலை",),
     # "தற்கொலை செய்து கொள்வேன்": I will kill myself; "...கொள்ளப் போவதாக": says she is going to;
     # not "தற்கொலை செய்து கொண்டார்" (a death told as past)
     r"தற்கொலை (செய்து ?)?(கொள்வேன்|கொள்வேன|கொள்ளப் ?போகிறேன்|கொள்ளப் ?போவதாக|கொள்ளப் ?போகிறாள்|கொள்ளப் ?போகிறான்"
     r"|கொள்வதாக|கொள்ள வேண்டும்|கொள்ளலாம் என்று)"),
    ("Lithuanian", ("grasin", "nušaus", "nusaus", "nužudys", "nuzudys", "užmuš", "uzmus"),
     # "grasina nužudyti jų dukrą": threatens to kill; "sako, kad nušaus tą gydytoją": says he will
     # shoot; not "nenužudys" (will not)
     r"\bgrasin(a|o|ė|e|ąs|as)\w* (jį |ją |ji |ja |mus |juos |vaikus |mane )?(nu(ž|z)udyti|u(ž|z)mu(š|s)ti|nu(š|s)auti|papjauti)\b"
     r"|\b(sako|sak(ė|e)|ra(š|s)o|(š|s)aukia),? (kad )?(nu(š|s)aus|nu(ž|z)udys|u(ž|z)mu(š|s))\b"),
    ("Urdu", ("توڑ دوں", "نہیں چھوڑوں", "دھمکی دیت"),
     # "دفتر آ کر سب کچھ توڑ دوں گا": coming to smash the office; "زندہ نہیں چھوڑوں گا": won't
     # leave (someone) alive; "میں دھمکی دیتا ہوں": I threaten
     r"آ ?کر (سب کچھ|سب|ہر چیز|سارا|ساری چیزیں) توڑ (دوں|دونگا|دونگی) ?(گا|گی)?"
     r"|زندہ نہیں چھوڑوں ?(گا|گی)|(والوں|لوگوں|ڈاکٹر|ڈاکٹروں|نرس) کو (بھی )?نہیں چھوڑوں ?(گا|گی)"
     r"|میں (آپ کو |تمہیں |تم کو )?دھمکی (دیتا|دیتی|دے رہا|دے رہی) (ہوں|ہو)"),
    # Going to a dead child, a goodbye, and someone beating a child now, as more families write them.
    # "otec křičí a bije syna", "ocko ma bije": someone beating a son, a daughter or a mother now; not
    # "bil" (past), "nebije" (does not) or "to mě bije do očí" (it strikes me, an idiom)
    ("Slovak or Czech", ("bije", "mlátí", "mláti", "mlati"),
     r"\b(bije|ml(á|a)t(í|i)) (svoj(eho|ho|u) |sv(é|e)ho |svou |toho |tu |mal(é|e)ho |mal(ú|u|ou) )?"
     r"(syn(a|ka|(č|c)ka|(č|c)eka)|dc(é|e)r(u|ku)|chlapc(a|e)|kluka|holku|hol(č|c)i(č|c)ku|die(ť|t)a|die(ť|t)atko"
     r"|(ž|z)enu|man(ž|z)elku|m(á|a)mu|mamku|mami(č|c)ku|matku)\b"
     r"|\b(ma|m(ě|e)|n(á|a)s|ho|ju|ji|ich) (zase |zas |zasa |znova |teraz |te(ď|d) |pr(á|a)ve )?(bije|ml(á|a)t(í|i))\b"
     r"(?! do o(č|c)(í|i))"),
    # "bu gece Elif'in yanına gideceğim": tonight I will go to (a dead child); "ben de onun yanına
    # gideceğim": I will go to him too; not "hafta sonu kızımın yanına gidiyorum" (a visit), "ben de her
    # hafta oğlumun yanına gidiyorum" (a grave visited, told as a habit), nor going to a child in hospital
    ("Turkish", ("yanına gid", "yanina gid"),
     r"(\bbu gece\b[^.!?\n]{0,30}?\b(onun|o(ğ|g)lumun|k(ı|i)z(ı|i)m(ı|i)n|bebe(ğ|g)imin|(ç|c)ocu(ğ|g)umun|yavrumun"
     r"|(?-i:[A-ZÇĞİÖŞÜ])\w*'?n?(ı|i|u|ü)n) yan(ı|i)na gid(ece(ğ|g)im|icem|iyorum)\b"
     r"|\bben de\b[^.!?\n]{0,30}?\b(onun|o(ğ|g)lumun|k(ı|i)z(ı|i)m(ı|i)n|bebe(ğ|g)imin|(ç|c)ocu(ğ|g)umun|yavrumun"
     r"|(?-i:[A-ZÇĞİÖŞÜ])\w*'?n?(ı|i|u|ü)n) yan(ı|i)na gid(ece(ğ|g)im|icem)\b)(?![^.!?\n]{0,30}hastane)"),
    # "سامحوني. لن تسمعوا مني بعد اليوم": forgive me, you will not hear from me after today; a goodbye,
    # not "سامحوني على التأخير" (sorry for the delay), "الله يسامحني" (a prayer) or "لن تسمعوا مني
    # بعد اليوم" alone (a complaint dropped)
    ("Arabic", ("سامحو", "سامحي", "سامحن", "وداع"),
     r"(\b(سامحوني|سامحيني|سامحني)(?! ?(على|عل|ع) )|وداعا|الوداع)[\s\S]{0,80}"
     r"(لن|ما راح|ما رح|مش رح|مش حت|مش هت) (تسمعوا|تسمعي|تسمع|تروني|تروا|تريني|تراني|تشوفوني|تشوفوا|تشوفيني) ?"
     r"(مني|عني|صوتي)? ?(بعد|مرة (أخرى|اخرى)|ثاني|أبدا|ابدا)"
     r"|(لن|ما راح|ما رح|مش رح|مش حت|مش هت) (تسمعوا|تسمعي|تسمع|تروني|تروا|تريني|تراني|تشوفوني|تشوفوا|تشوفيني) ?"
     r"(مني|عني|صوتي)? ?(بعد|مرة (أخرى|اخرى)|ثاني|أبدا|ابدا)[\s\S]{0,80}"
     r"(\b(سامحوني|سامحيني|سامحني)(?! ?(على|عل|ع) )|وداعا|الوداع)"),
    # "nan shpa khpal zoy Zubair ta zam": tonight I go to my son; "za ham da Bilal sara zam": I am
    # going with him too; "زه هم ورسره ځم" in Pashto script; not "nan shpa bazaar ta zam" (an errand)
    ("Pashto", ("ta zam", "ta zem", "ta dzam", "sara zam", "sara zem", "sara dzam", "ته ځم", "سره ځم"),
     r"\b(nan shpa|nun shpa|nan shpe|za ham|za hum|ze ham|zu ham)\b[^.!?\n]{0,30}"
     r"\b(khpal|khpel|zama|zma) (zoy|zoi|zooy|zuy|lur|loor|lor|mashoom|mashum|bachay|bachi)\b[^.!?\n]{0,20}\bta"
     r" (zam|zem|dzam)\b"
     r"|\b(za|ze|zu) (ham|hum)\b[^.!?\n]{0,20}\bsara (zam|zem|dzam)\b(?! \w+ ta\b)"
     r"|(نن شپه|زه هم)[^.؟!\n]{0,30}((خپل|خپلې|زما) (زوی|زوي|لور|ماشوم|بچی|بچي)[^.؟!\n]{0,20}ته|سره) ځم"),
    # "আমি আর পারিয়ার না" (Sylheti), "আর পারতেছি না": I can't go on, as "আর পারছি না" says it;
    # "আইজ রাইত আমার পুয়ার কাছে যাইমুগি", "আজ রাতে আমার ছেলের কাছে চলে যাব": tonight I go (for good)
    # to my son; not "আজ রাতে ডাক্তারের কাছে যাব" (to the doctor)
    ("Bengali", ("পারিয়ার না", "ফারিয়ার না", "পারতেছি না", "পারতাছি না", "পাররাম না", "কাছে"),
     r"আর (পারিয়ার|ফারিয়ার|পারতেছি|পারতাছি|পাররাম|ফাররাম) না"
     r"|(আজ রাতে|আজকে রাতে|আজ রাইতে|আইজ রাইত|আইজ রাতে|আইজকা রাইত|আমিও)[^।.!?\n]{0,30}"
     r"(ওর|তার|হের|অর|আমার (ছেলের|মেয়ের|পুয়ার|পোয়ার|ফুয়ার|পুতের|মাইয়ার|বাচ্চার|বাবুর|সোনার)) কাছে "
     r"(চলে (যাব|যাবো|যাই|যাচ্ছি)|চইলা (যামু|যাইমু)|যাইমুগি|যামুগি|যাইমু গি)"),
    # "دیگر هیچ دلیلی برای زنده ماندن نمی‌بینم", "dalili baraye zende moondan nemibinam": I see no reason
    # to stay alive; not "دلیلی برای ماندن در انگلیس نمی‌بینم" (to stay in a country), nor "نمی‌دیدم" (past)
    ("Farsi or Dari", ("دلیل", "dalil"),
     r"دلیل(ی)? (برای|واسه|برا) (زنده (ماندن|موندن|بودن)|زندگی( کردن)?|ادامه(‌?ی| ی)? (دادن )?(به )?زندگی|ماندن|موندن)"
     r"(?! (در|تو|توی|اینجا|آنجا|اونجا|این|به|با|کنار|پیش|سر)\b)\s*(را |رو )?(نمی‌?\s?بینم|ندارم)"
     r"|\bdalil(i)? (baraye|barye|vase|bara) (zende (mandan|moondan|mundan|boodan|budan)|zendegi( kardan)?|mandan|moondan"
     r"|mundan)\b(?! (dar|too|tu|inja|unja)\b)\s*(ro |ra )?(nemi-?binam|nadaram)\b"),
    # "Ez ê herim cem Berfînê", "îşev ez ê herim cem wî": I will go to (a dead child); "ez jî dixwazim
    # biçim cem wê": I want to go to her too; not "ez diçim cem doktor" (a visit, told as a habit)
    ("Kurdish", ("herim cem", "herim bal", "biçim cem", "bicim cem", "biçim bal", "bicim bal"),
     r"\b(ez ê|ezê|ez e|ez jî|ez ji)\b[^.!?\n]{0,25}?\b(herim|bi(ç|c)im) (cem|bal|ba) (w(î|i)|wê|kur(ê|e) (min|xwe)"
     r"|ke(ç|c)a (min|xwe)|zarok(ê|e) (min|xwe)|pitik(a|ê|e) (min|xwe)|(?!(?-i:Dr|Doktor|Doctor|GP)\b)(?-i:[A-ZÇÊÎŞÛ])\w+)\b"
     r"(?![^.!?\n]{0,30}nexwe(ş|s)xan)"),
    # A wish not to live on and a plan to end it tonight in romanised Tamil and Malayalam, a car
    # running in a shut garage, someone beating a child now behind a locked door, a small child
    # climbing a balcony rail, a last goodbye ("I'm not coming back", "today is the last day" with
    # letters left), and a girl being taken abroad to be cut.
    ("Tamil (romanised)", ("vazha", "vaazha", "thatkolai", "tharkolai", "thatkollai", "mudichikka", "mudichukka",
                           "maaichikka", "maaichukka"),
     # "enakku ini vazha venaam": no wish to live on; not "inga vazha pidikkala" (living here)
     r"(?<!\binga )(?<!\bingey )(?<!\bingae )(?<!\bange )\bva(a)?zha (venaam|vendaam|venda|pidikkala|pidikkalai|pidikkavillai|virupam illa|viruppam illa|viruppamillai"
     r"|mudiyala|mudiyalai)\b(?! (inga|ingey|ingae|ange|indha (ooril|oorla|veetla|naatla|naattil)|england|uk)\b)"
     # "thatkolai panna poren": going to kill myself; "ennai naane mudichikka poren": to end myself
     r"|\b(thatkolai|tharkolai|thatkollai) (panna|pannikka|pannika|seiya|seyya|seithukka) (poren|poraen|pogiren|poguren"
     r"|porean)\b|\b(ennai|enna) (naane |naan )?(mudichikka|mudichukka|maaichikka|maaichukka) (poren|poraen|pogiren"
     r"|poguren|porean)\b"),
    ("Tamil", ("வாழ",),
     # "இனி வாழ வேண்டாம்", "வாழப் பிடிக்கவில்லை": no wish to live on
     r"(?<!இங்கே )(?<!இங்க )(?<!அங்கே )வாழ(ப்)? ?(வேண்டாம்|பிடிக்கவில்லை|பிடிக்கல|விருப்பமில்லை|விருப்பம் இல்லை)"),
    ("Malayalam (romanised)", ("jeevikkanda", "jeevikanda", "jeevikkenda", "marikkanam", "marikanam", "chaakanam",
                               "chakanam", "athmahathya", "aathmahathya"),
     # "enikku ini jeevikkanda": no wish to live on; "enikku marikkanam": I want to die; not "... ennu
     # thonniyirunnu" (so I had felt, in the first months)
     r"(\b(enikku|eniku|enik|ini) (ini )?jeevikk?(anda|enda)\b|\b(enikku|eniku|enik) (ini )?(marikkanam|marikanam"
     r"|chaakanam|chakanam)\b)(?!['’\"]?\s*enn?u (thonniyirunnu|thoniyirunnu|thonniyirunu|thonni|vicharichirunnu"
     r"|vicharichu)\b)|\ba?athmahathya (cheyyum|cheyyan pokunnu|cheyyaan pokunnu|cheyyum ennu)\b"),
    ("Lithuanian", ("gara", "nebegaliu", "muša", "musa", "daužo", "dauzo", "laužia", "lauzia", "spardo"),
     # "Sėdžiu mašinoje garaže, variklis užvestas": in a shut garage with the engine running
     r"\bgara(ž|z)\w*\b[^.!?]{0,60}\bvariklis (u(ž|z)vestas|veikia|dirba|(į|i)jungtas)\b(?! (gerai|normaliai|puikiai))"
     r"|\bvariklis (u(ž|z)vestas|veikia|dirba|(į|i)jungtas)\b(?! (gerai|normaliai|puikiai))[^.!?]{0,60}\bgara(ž|z)"
     # "Nebegaliu be Luko.": cannot go on without the child, as "negaliu daugiau" says it
     r"|\bnebegaliu( gyventi| daugiau| be (\w+ ){0,2}\w+)?\s*[.,!]"
     # "dabar mane muša": someone beating the writer or a child now; not "mane muša prakaitas" (sweat)
     # nor "mušė" (past)
     r"|\b(mane|mus|j(ą|a)|j(į|i)|vaik(ą|a|us)|mam(ą|a)|mamyt(ę|e)|ses(ę|e)|sesut(ę|e)|brol(į|i)|k(ū|u)diki?(į|i)?)\b"
     r" (dabar |v(ė|e)l |(š|s)iuo metu |vis dar )?(mu(š|s)a|dau(ž|z)o|spardo)\b(?! (prakaitas|(š|s)altis|drebulys"
     r"|kar(š|s)tis))"
     r"|\b(dabar|v(ė|e)l|(š|s)iuo metu|vis dar) (mu(š|s)a|dau(ž|z)o|spardo) (mane|mus|j(ą|a)|j(į|i)|vaik(ą|a|us)|mam(ą|a)"
     r"|mamyt(ę|e)|ses(ę|e)|sesut(ę|e)|brol(į|i)|k(ū|u)diki?(į|i)?)\b"
     # "užsirakinau vonioje, jis daužo duris": locked in, someone breaking at the door
     r"|\bu(ž|z)si(rakin|dar)(au|iau|ome|(ė|e)me|om|(ė|e)m|o|usi)\b[^.!?]{0,80}\b(dau(ž|z)o|lau(ž|z)ia|spardo) dur(is|į|i)\b"
     r"|\b(dau(ž|z)o|lau(ž|z)ia|spardo) dur(is|į|i)\b[^.!?]{0,80}\bu(ž|z)si(rakin|dar)(au|iau|ome|(ė|e)me|om|(ė|e)m|o|usi)\b"),
    ("Portuguese", ("parapeito", "gradeamento", "beiral", "grade da"),
     # "está sozinho na varanda a subir para o parapeito": a child climbing a balcony rail now
     r"\b(a subir|subindo|a trepar|trepando|pendurad[oa]s?|em p(é|e))\b (para |pr[oa] |n[oa] |ao? |pel[oa] |em cima d[oa] "
     r"|por cima d[oa] )?(o |a )?(parapeito|gradeamento|beiral|grade da (varanda|sacada|janela))\b"),
    ("Spanish", ("barandilla", "baranda", "cornisa", "alféizar", "alfeizar"),
     # "subiéndose a la barandilla del balcón": a child or someone climbing a rail now
     r"\b(subiendo|subi(é|e)ndose|trepando|encaramad[oa]s?|colgad[oa]s?|de pie)\b (a |en |por |sobre )?(la |el )?"
     r"(barandilla|baranda|cornisa|alf(é|e)izar)\b"),
    ("Farsi or Dari", ("برنمی", "بر نمی", "barnemigard", "bar nemigard", "برای همیشه"),
     # "دیگر برنمی‌گردم.": I'm not coming back; not "دیگر برنمی‌گردم سر کار" (to work) or "به ایران"
     r"(دیگر|دیگه) بر ?نمی\u200c?\s?گردم(?!\s*(به|سر|پیش|اونجا|آنجا|اینجا|ایران|افغانستان|خونه|خانه)(?!\w))"
     r"|\bdige bar ?nemigardam\b(?! (be|sar|pish|unja|inja|iran|afghanistan|khune|khane)\b)"
     # "برای همیشه خداحافظ": goodbye for ever
     r"|(خداحافظ|خدانگهدار) برای همیشه|برای همیشه (خداحافظ|خدانگهدار)"),
    ("Portuguese", ("último dia", "ultimo dia", "última mensagem", "ultima mensagem"),
     # "Hoje é o último dia. Deixei tudo arrumado ... a carta para a irmã dele": a last day, with
     # affairs put in order; not "hoje é o último dia de inscrições"
     r"\bhoje (é|e) o (meu )?(ú|u)ltimo dia\s*[.!][\s\S]{0,300}\b(deixei (tudo|uma carta|a carta|cartas|um bilhete)"
     r"|(carta|cartas|bilhete) (para|pra) )"
     # "esta é a minha última mensagem": not "sobre este assunto" (a complaint closed)
     r"|\b(esta|essa) (é|e) a minha (ú|u)ltima mensagem\b(?! (sobre|acerca|a este respeito|antes))"),
    ("Spanish", ("último día", "ultimo dia", "último mensaje", "ultimo mensaje"),
     r"\bhoy es (mi|el) (ú|u)ltimo d(í|i)a\s*[.!][\s\S]{0,300}\b(dej(é|e) (todo|una carta|la carta|cartas|una nota)"
     r"|(carta|cartas|nota) para )"
     r"|\b(este|(é|e)ste) es mi (ú|u)ltimo mensaje\b(?! (sobre|acerca|antes))"),
    ("Somali", ("gudo", "gudniin", "gudayo", "gudi"),
     # "caawa la geynayaa dalka dibaddiisa si loo gudo": a girl being taken abroad to be cut; not a
     # talk about gudniinka, nor "loo qaadaa" (is taken, as a custom)
     r"\b(la|loo) (geynayaa|qaadayaa|kaxaynayaa|kaxeynayaa|dirayaa|geyn doonaa|qaadi doonaa)\b[^\n]{0,80}"
     r"\b(si loo gudo|loo gudo|la gudo|la gudi|loo gudayo|gudniin\w*)\b"),
    ("Arabic", ("ختن", "ختان"),
     # "سيختنونها في السودان الشهر القادم", "ياخدوها لختانها": a girl to be cut; not "لم يختنوها"
     r"(?<!لم )(?<!لن )(?<!ما )(سيختنونها|ليختنوها|يختنوها|رح يختنوها|لختانها|ستُختن|ستختن)(?!\w)"),
    # A car running in a shut garage, as the Romanian, Hungarian and Lithuanian rows read it; not "the
    # engine won't start" nor "runs well" (a mechanic)
    ("Polish", ("gara",),
     # "siedzi w samochodzie z włączonym silnikiem w garażu"
     r"\bgara(ż|z)\w*\b[^.!?]{0,60}\b(w(ł|l)(ą|a)czonym silnikiem|silnik (jest )?(w(ł|l)(ą|a)czony|pracuje|chodzi))\b"
     r"(?! (dobrze|normalnie|r(ó|o)wno))"
     r"|\b(w(ł|l)(ą|a)czonym silnikiem|silnik (jest )?(w(ł|l)(ą|a)czony|pracuje|chodzi))\b(?! (dobrze|normalnie|r(ó|o)wno))"
     r"[^.!?]{0,60}\bgara(ż|z)"),
    ("Spanish or Portuguese", ("garaje", "garagem"),
     # "en el garaje con el motor encendido", "na garagem com o motor ligado"
     r"\bgara(je|gem)\b[^.!?]{0,60}\bmotor (encendido|en marcha|prendido|ligado|a trabalhar|em funcionamento)\b"
     r"(?! (bien|bem|perfectamente|perfeitamente|normal))"
     r"|\bmotor (encendido|en marcha|prendido|ligado|a trabalhar|em funcionamento)\b(?! (bien|bem|perfectamente"
     r"|perfeitamente|normal))[^.!?]{0,60}\bgara(je|gem)\b"),
    ("Ukrainian or Russian", ("гараж",),
     # "в гараже с заведённым двигателем", "у гаражі, двигун працює"
     r"гараж\w*[^.!?]{0,60}((с|з) (включённым|включенным|заведённым|заведенным|работающим|увімкненим|заведеним"
     r"|працюючим) (двигателем|мотором|двигуном)|(двигатель|мотор|двигун) (работает|заведён|заведен|включён|включен"
     r"|працює|заведений|увімкнений))(?! (нормально|хорошо|добре))"
     r"|((с|з) (включённым|включенным|заведённым|заведенным|работающим|увімкненим|заведеним|працюючим) (двигателем"
     r"|мотором|двигуном)|(двигатель|мотор|двигун) (работает|заведён|заведен|включён|включен|працює|заведений"
     r"|увімкнений))(?! (нормально|хорошо|добре))[^.!?]{0,60}гараж"),
    ("Turkish", ("garaj",),
     # "garajda, motor çalışıyor, kapılar kapalı"
     r"\bgaraj\w*\b[^.!?]{0,60}\bmotor(u)? (ç|c)al(ı|i)(ş|s)(ı|i)yor\b(?! (ama|fakat|sorunsuz|normal))"
     r"|\bmotor(u)? (ç|c)al(ı|i)(ş|s)(ı|i)yor\b(?! (ama|fakat|sorunsuz|normal))[^.!?]{0,60}\bgaraj"),
    # A wish not to live on, said of oneself or told of another, in the ways these missed messages say it.
    # "ana mish ader a'eesh ba'do", "mish 2adra akammel.": Egyptian Arabic in Latin letters, cannot
    # live on after him; not "mish ader akammel el-form" (the form)
    ("Arabic (romanised)", ("ader", "2ader", "adra", "2adra", "qader", "qadra"),
     r"\b(mish|mesh|mush|msh|ma(ni)?sh) (2?ader|2?adra|qader|qadra) (a'?eesh|a3eesh|a2eesh|a3ish|a'ish)\b"
     r"|\b(mish|mesh|mush|msh|ma(ni)?sh) (2?ader|2?adra|qader|qadra) (akamm?el|a2amm?el|akaml)\s*([.,!]|$)"),
    ("Arabic", ("قادر", "قادرة"), r"(مش|مو|ما ني|مانيش) (قادر|قادرة) (أعيش|اعيش|أكمل|اكمل)(?! (هنا|هون|في|ب)\b)"),
    # "kaže da će prerezati vene", "ubit ću se": Croatian, Bosnian or Serbian, a plan told now
    ("Croatian, Bosnian or Serbian", ("vene", "ubiti"),
     r"\b(ć|c)e (sebi )?(prerezati|prere(z|ž)e) vene\b|\bprerez(a|at) (ću|cu) (sebi )?vene\b"
     r"|\b(ć|c)e se ubiti\b|\bda (ć|c)e se ubiti\b"),
    # "tengo una cuerda en el garaje", "tenho uma corda": the means at hand; not "cuerda de la guitarra"
    ("Spanish or Portuguese", ("cuerda", "soga", "corda"),
     r"\b(tengo|tiene|compr(é|e)|compr(ó|o)|tenho|tem|comprei|comprou) (una|la|uma|a) (cuerda|soga|corda)\b(?! (de|da|do|para) "
     r"(la |a |o )?(guitarra|viol(í|i)n|viol(ã|a)o|tender|ropa|roupa|saltar|pular)| toda\b)"),
    # "baby ke niye jhap debe": Bengali in Latin letters, will jump (with the baby); "jhap dilo" is past
    ("Bengali (romanised)", ("jhap", "jhamp", "jhaap"), r"\bjh(a|aa)m?p (debe|dibe|debo|dibo|dimu|dicche|dichhe|dite chay)\b"),
    # "main kyun zinda rahun", "zinda kyun rahoon": why should I stay alive (after the child)
    ("Urdu or Hindi (romanised)", ("zinda rah", "zinda kyu", "zinda kiu"),
     r"\b(kyun|kyon|kyu|kiun|kiu) zinda (rahun|rahu|rahoon|rahoo|rahon)\b|\bzinda (kyun|kyon|kyu|kiun|kiu) (rahun|rahu|rahoon|rahoo)\b"
     r"|کیوں زندہ رہوں|क्यों ज़िंदा रहूँ|क्यों जिंदा रहूं"),
    # "sie springt heute vom Parkhaus", "ich springe von der Brücke": a jump from a height told now
    ("German", ("springt", "springe", "spring heute", "spring jetzt", "spring gleich", "spring morgen", "spring vom",
                "spring von", "spring aus"),
     r"\b(springt|springe|spring|springen)\b (heute |jetzt |gleich |heute nacht |morgen )?(vom|von der|von dem|von einem|von einer|aus dem) "
     r"(parkhaus|dach|br(ü|ue)cke|hochhaus|balkon|fenster|turm|felsen|klippe)\b"),
    # Told of someone else, or of the means at hand, where the entries above say it of oneself.
    # "dass sie sich umbringen will": German, she wants to kill herself
    ("German", ("sich umbring", "sich heute umbring", "sich heute nacht umbring"),
     r"\bsich (heute (nacht )?)?umbringen (will|wolle|möchte|moechte|wird)\b"),
    # "anasema anataka kufa", "amemeza dawa nyingi": Swahili, (s)he wants to die, has swallowed many pills
    ("Swahili", ("taka kufa", "taka kujiua", "dawa nyingi"),
     r"\b(ana|a|wana|wa)taka (kufa|kujiua)\b|\b(ku|a|ame|nime|wame)meza dawa nyingi\b"),
    # "eche igbu onwe m": Igbo, thinking of killing myself
    ("Igbo", ("onwe m",), r"\b(igbu|egbu) onwe m\b"),
    # "ما بقدر كمل": Levantine Arabic, I can't go on
    ("Arabic", ("بقدر", "اقدر", "أقدر"), r"(ما|مش) (بقدر|بقدرش|اقدر|أقدر) (كمل|اكمل|أكمل)\s*[.,!؟]"),
    # "jivvanu koi karan nathi": Gujarati in Latin letters, no reason to live (not "gas chalu kari
    # didho", the gas turned on, which is most often cooking)
    ("Gujarati (romanised)", ("karan nathi",), r"\bjivv?a(nu|nun) (koi )?karan nathi\b"),
    # "अब मैं भी नहीं रहूंगी", "पुल की तरफ भाग गई": Hindi, now I won't stay (alive) either; ran
    # towards the bridge
    ("Hindi", ("नहीं रहूं", "नहीं रहूँ", "पुल की"),
     r"अब (मैं|में) भी नहीं (रहूंगी|रहूँगी|रहूंगा|रहूँगा)|पुल की (तरफ|ओर) (भाग|भागी|भागा|चली|चला) (गई|गयी|गया)"),
    # "pistol khojdai cha": Nepali in Latin letters, looking for a pistol
    ("Nepali (romanised)", ("khojdai",), r"\b(pistol|banduk|chakku|chhura) khojdai (cha|chha|chan|chhan)\b"),
    # "papatayin daw niya", "papatayin kita": Tagalog, he says he will kill (them), I will kill you;
    # not "papatayin ko ang ilaw" (I'll turn off the light)
    ("Tagalog", ("papatayin",), r"\bpapatayin (daw|raw) (niya|nya)\b|\bpapatayin (kita|ka (niya|nya|daw))\b"),
    # "napsal mi ze spolu skoci z mostu": Czech or Slovak, (he) will jump from the bridge (with him)
    ("Slovak or Czech", ("skoč", "skoc"),
     r"\bsko(č|c)(í|i|ím|im|íme|ime) (spolu |s ním |s nim |s ní |s ni )?(z|ze|pod) (mostu|mosta|okna|střechy|strechy"
     r"|balkonu|balkónu|balkóna|balkona|vlak)\b"),
    # "ndumva ngiye kwiyahura": Kinyarwanda, I feel I am going to kill myself
    ("Kinyarwanda", ("kwiyahura",), r"\b(ngiye|nshaka|ashaka|agiye|ndashaka|arashaka) kwiyahura\b"),
    # "ke batla go ipolaya": Setswana, I want to kill myself
    ("Setswana", ("ipolaya",), r"\b(ke batla|ke tla|o batla|o tla|a batla) go ipolaya\b"),
    # "каза, че ще се обеси": Bulgarian, said he will hang himself; "ще се самоубие", will kill himself
    ("Bulgarian", ("обес", "самоубие"), r"(ще|как да|искам да) се (обеся|обеси|самоубие)"),
    # "mamma guļ un nepamostas": Latvian, a small child alone saying mum is lying there and won't wake
    ("Latvian", ("nepamost",), r"\b(gu(ļ|l)|gu(ļ|l)ot) un nepamostas\b|\b(mamma|mamm(a|u)|m(ā|a)te|t(ē|e)tis) nepamostas\b"),
    # "afkar inni anhi 7ayati ... ma3i shafra": Arabic in Latin letters, thoughts of ending my life,
    # a blade with me
    ("Arabic (romanised)", ("7ayat", "ma3i"),
     r"\b(anhi|anhe|ana7ir|antahir) 7ayati\b|\bma3i (shafra|shefra|mous|moos|sikkeen|sikkin|sekeen)\b"),
    # "أنهي حياتي", "راح اخلص من حياتي وحياتهم": end my life, be done with my life and theirs
    ("Arabic", ("حياتي",), r"(أنهي|انهي|اخلص|أخلص) (من )?حياتي"),
    # "હું હમણાં જ રેલવે લાઈન પર ઊભી છું": Gujarati, I am standing on the railway line right now
    ("Gujarati", ("લાઈન પર", "લાઇન પર", "ટ્રેક પર"), r"(લાઈન|લાઇન|ટ્રેક) પર (ઊભી|ઊભો|ઉભી|ઉભો|બેઠી|બેઠો) છું"),
    # "ngo zan hai m soeng saang lo": Cantonese in Latin letters, I really don't want to live
    ("Cantonese (romanised)", ("soeng", "seung"), r"\bm (soeng|seung) (saang|sang|wut|woot)\b"),
    # "wo zhen de bu xiang huo le": Mandarin in pinyin, I really don't want to live
    ("Chinese (romanised)", ("xiang huo", "xiang zai huo"), r"\bbu xiang (zai )?huo( le| liao|\s*[.,!])"),
    # "stojim na moste": Slovak or Czech, I am standing on the bridge
    ("Slovak or Czech", ("na moste", "na mostě"), r"\b(stoj(í|i)m|som|jsem|sed(í|i)m) na most(e|ě)\b"),
    # "burri im po e rrah djalin tani": Albanian, my husband is beating the boy now
    ("Albanian", ("rrah",), r"\bpo (e |i |më |me |na )?rrah\b"),
    # "ina so in mutu yau", "na dauki magani da yawa": Hausa, I want to die today, I took a lot of medicine
    ("Hausa", ("mutu", "magani"), r"\bina so in mutu\b|\bna (dauki|sha) magani da yawa\b"),
    # "아들 곁으로 가려고 해요", "약을 모아 뒀어요", "칼 들고": Korean, going to my son's side, pills
    # saved up, holding a knife
    ("Korean", ("곁으로", "약을 모아", "칼 들고", "칼을 들고"), r"곁으로 가(려고|겠|고 싶)|약을 모아 (뒀|두었|놨)|칼을? 들고"),
    # "bbah kay drbou daba", "ma ghadi nrja3ch": Moroccan Arabic in Latin letters, his father is
    # beating him now; I won't come back
    ("Arabic (romanised)", ("daba", "nrja3", "nrje3"),
     r"\bkay ?(drbou|drbo|drbha|drebha|drbhom)\b.{0,20}\bdaba\b|\bma ghadi (nrja3ch|nrje3ch|nrja3|nrje3)\b"),
    # "Сидел всю ночь с ружьём. Не знаю, дотяну ли до утра": Russian, sat all night with a shotgun,
    # don't know if I'll last till morning
    ("Ukrainian or Russian", ("дотяну", "с ружь"), r"дотяну ли до утра|(сидел|сижу|сидит|сидела) [^.!?]{0,20}с ружь(ём|ем)"),
    # "angisafuni ukuphila", "amaphilisi amaningi", "uthi uzozibulala": Zulu, I no longer want to live,
    # many pills, (s)he says (s)he will kill herself
    ("Zulu", ("ukuphila", "amaphilisi", "zibulala"),
     r"\bangisafuni ukuphila\b|\bamaphilisi amaningi\b|\b(uzozibulala|ngizozibulala|ngifuna ukuzibulala)\b"),
    # "امشب خودم را می‌کشم", "زنده نمیمانم": Farsi, tonight I'll kill myself, I won't stay alive
    ("Farsi", ("کشم", "مانم"), r"خود(م|مو) (را )?می‌?\s?کشم|زنده نمی‌?\s?مانم"),
    # "ba chaqu jelo-ye dar istade": Farsi in Latin letters, standing with a knife
    ("Farsi or Dari (romanised)", ("chaqu", "chaghoo", "chaghu", "chaqoo"),
     r"\bba (chaqu|chaghoo|chaghu|chaqoo)\b"),
    # "annesi 'at kendini' diye bağırıyor", "kornişte oturuyor": Turkish, throw yourself, sitting on the ledge
    ("Turkish", ("at kendini", "korni"), r"\bat kendini\b|\bkorni(ş|s)te (oturuyor|duruyor)\b"),
    # "urla che le ammazza tutte e due": Italian, screams she'll kill them both
    ("Italian", ("ammazz",), r"\b(le|li) ammazz\w* (tutt(e|i) e due|entramb(e|i))\b"),
    # "se va a tirar del puente": Spanish, (s)he is going to throw herself off the bridge
    ("Spanish", ("se va a tirar",), r"\bse va a tirar (del|de la|por la|al|desde el|desde la) (puente|ventana|balc(ó|o)n|tren|metro|edificio|azotea|v(í|i)a)\b"),
    # "chcę do niego iść", "wzięłam ze sobą wszystkie tabletki": Polish, I want to go to him, I took all the pills with me
    ("Polish", ("do niego", "do niej", "tabletki"),
     r"\bchc(ę|e) (do (niego|niej)|i(ść|sc) do (niego|niej)) i(ść|sc)?\b|\bwzi(ę|e)(ł|l)(a|am|em)? (ze sob(ą|a) )?wszystkie tabletki\b"),
    # "have jivva nu man nathi", "pachho nahi aavu": Gujarati in Latin letters, no wish to live now,
    # I won't come back; "gas chalu kari didho che ane bari bandh": the gas on with the window shut
    ("Gujarati (romanised)", ("man nathi", "nahi aavu", "nahi avu", "nahi aavish", "nahi avish", "gas chalu"),
     r"\bjivv?a ?nu man nathi\b|\bpachh?o nahi (aavu|avu|aavish|avish)\b|\bgas chalu kari (didho|didhu|dithu)\b.{0,30}\bbari (bandh|band)\b"),
    # "நான் இனி வாழ மாட்டேன்", "தூக்கு போட போறேன்": Tamil, I won't live any more, going to hang myself
    ("Tamil", ("வாழ மாட்டேன்", "தூக்கு போட"), r"வாழ மாட்டேன்|தூக்கு போட"),
    # "kathi vechu": Tamil in Latin letters, holding a knife
    ("Tamil (romanised)", ("kathi",), r"\bkathi vech(u|irukk)"),
    # "iedzers visas mammas tabletes", "šovakar viss beigsies": Latvian, will take all mum's tablets, tonight it all ends
    ("Latvian", ("tabletes", "beigsies"), r"\bvisas (mammas |savas |manas )?tabletes\b|\b(š|s)ovakar viss beigsies\b"),
    # "ще скоча от прозореца": Bulgarian, I will jump from the window
    ("Bulgarian", ("скоча",), r"ще скоча (от|в|под)"),
    # "vontade de acabar com tudo", "atirar-me contra um camião", "pulsos cortados": Portuguese
    ("Portuguese", ("acabar com tudo", "atirar-me", "pulsos cortados"),
     r"\b(vontade de|vou|quero) acabar com tudo\b(?! (o que|que|de|da|do|das|dos|isso|isto|esta|este)\b)|\batirar-me (contra|para|de|da|do|ao|à)\b|\bpulsos cortados\b"),
    # "ich sitze auf dem dach vom parkhaus", "schlägt Mama gerade": German
    ("German", ("auf dem dach", "gerade"),
     r"\bsitze auf dem dach\b|\bschl(ä|ae)gt (mama|mutti|mich|uns|die kinder|meine mutter|meinen bruder|meine schwester) gerade\b"),
    # "hij heeft een mes", "dreigt de kinderen iets aan te doen": Dutch, he has a knife, threatens to harm the children
    ("Dutch", ("een mes", "aan te doen"), r"\bheeft een mes\b|\b(dreigt|zin om)\b.{0,40}\biets aan te doen\b"),
    # "ዛሬ ማታ ራሴን ላጠፋ ወስኛለሁ": Amharic, tonight I've decided to end myself
    ("Amharic", ("ራሴን",), r"ራሴን (ላጠፋ|ልገድል|አጠፋለሁ|እገድላለሁ)"),
    # "em khong muon song nua", "toi nay em se di theo con", "em nhay xuong": Vietnamese without its marks
    ("Vietnamese", ("muon song", "di theo", "nhay xuong"),
     r"\bkhong muon song nua\b|\bse di theo (con|chau|be|anh|chi)\b|\b(se|sap|dang|muon) nhay xuong\b|\bem nhay xuong\b"),
    # "今晚想跳落去": Cantonese, tonight I want to jump down
    ("Chinese", ("跳落",), r"跳落去|想跳落"),
    # "ma aafai lai maarchu": Nepali in Latin letters, I will kill myself
    ("Nepali (romanised)", ("aafai", "afai"), r"\ba?afai ?lai (maarchu|marchu|maarchhu|marchhu|maarne|marne)\b"),
    # "مجھے اب جینا نہیں ہے، میں نے گیس کھول دی ہے": Urdu, I don't want to live now, I've turned on the gas
    ("Urdu or Hindi", ("جینا نہیں", "گیس کھول"), r"جینا نہیں ہے|گیس کھول (دی|دیا)"),
    # "نن شپه ځان وژنم": Pashto, tonight I kill myself
    ("Pashto", ("وژنم",), r"ځان (وژنم|ووژنم)"),
    # "ana rayha warah", "3andi el moos", "el moos b idi", "ya rab khodni": Arabic in Latin letters,
    # I'm going after him, I have the razor, the razor in my hand, God take me
    ("Arabic (romanised)", ("wara", "3andi", "moos", "khodni", "5odni", "khudni"),
     r"\b(rayha|rayeh|ray7a|raye7) wara(h|ha|ah)\b|\b3andi (el )?(moos|mous|shafra|sikkeen)\b|\b(el )?moos b ?idi\b"
     r"|\bya rabb? (khodni|5odni|khudni)\b"),
    # "وبتقول رح تنط", "على سطح البناية": Levantine Arabic, says she'll jump, on the roof of the building
    ("Arabic", ("تنط", "انط", "ينط", "سطح"), r"رح (تنط|انط|ينط)|على سطح (البناية|العمارة|البيت)"),
    # "am găsit frânghia", "sunt pe acoperiș": Romanian, I found the rope, I'm on the roof
    ("Romanian", ("nghi", "acoperi"), r"\b(am g(ă|a)sit|am luat|am cump(ă|a)rat|am preg(ă|a)tit) (o )?fr(â|a)nghi(a|e)\b|\bsunt pe acoperi(ș|s)\b"),
    # "підпалить квартиру разом з нами": Ukrainian, will set the flat alight with us in it
    ("Ukrainian or Russian", ("підпал", "вены", "на кра"),
     r"підпал(ить|ю|имо)[^.!?]{0,20}(разом з|з нами)|перереза(ла|л|ть) (себе )?вены|вскрыла вены"
     # "стою на крае платформы": Russian, I'm standing on the edge of the platform
     r"|сто(ю|им) на (краю|крае) (платформы|крыши|моста)"),
    # "vuruyor şu an": Turkish, is hitting (him) right now
    ("Turkish", ("vuruyor",), r"\bvuruyor (şu an|su an|şimdi|simdi)\b"),
    # "ar bachte parbo na": Bengali in Latin letters, I can't live any more; "gola te dori": a cord round the neck
    ("Bengali (romanised)", ("bachte", "dori"), r"\baa?r bachte parbo na\b|\bgola ?(y|te|e) dori\b"),
    # "mere kol bandook hai": Punjabi or Urdu in Latin letters, I have a gun
    ("Punjabi (romanised)", ("bando", "banduk", "pistol"),
     r"\b(mere|mera|mairay) (kol|paas|pas) (bandook|bandooq|banduk|pistol)\b"),
    # "apne bete ke paas ja rahi hai": Urdu or Hindi in Latin letters, going to her (dead) son
    ("Urdu or Hindi (romanised)", ("ke paas ja",), r"\b(apne|apni) (bete|beti|bachche|bache) ke paas ja (rahi|raha|rahe) (hai|hoon|hun|hu)\b"),
    # "shohar am mara mezana w bachaye ... ham alan mezana": Dari in Latin letters, hitting me and the children now
    ("Farsi or Dari (romanised)", ("mezan",), r"\b(mara|mano|ma ra|bach\w*) (ham )?(alan )?mezan(a|e)\b"),
    # "adutha train varumbol chaadum", "molde koode pokanam": Malayalam in Latin letters, I'll jump when
    # the next train comes, I want to go with my daughter
    ("Malayalam (romanised)", ("chaad", "koode pok"),
     r"\bchaad(um|aan pokunnu|an pokunnu)\b|\b(molde|mone|monte|makalude|makante) koode pok(anam|um)\b"),
    # "mo ti mu oogun pupo": Yoruba, I have taken a lot of medicine
    ("Yoruba", ("oogun",), r"\bmo ti mu oogun (pupo|púpọ̀|pupọ)"),
    # "저 지금 다리 위에 있어요": Korean, I'm on the bridge now
    ("Korean", ("다리 위",), r"지금 다리 위에"),
    # "ja idem za njim": Croatian, Bosnian or Serbian, I'm going after him
    ("Croatian, Bosnian or Serbian", ("idem za",), r"\bja idem za (njim|njom)\b"),
    # "ayaw na niyang mabuhay", "sinasakal niya": Tagalog, (s)he no longer wants to live, is strangling (him)
    ("Tagalog", ("mabuhay", "sinasak"), r"\bayaw na (niyang|nyang) mabuhay\b|\bsinasakal\b|\bsinasaktan (si|ang|ako|kami)\b[^.!?]{0,20}\bngayon\b"),
    # "zichzelf en de kinderen iets gaat aandoen": Dutch, will harm himself and the children
    ("Dutch", ("zichzelf",), r"\bzichzelf (en (de|zijn|haar) kinderen )?iets (gaat |wil |zal )?(aandoen|aan te doen)\b"),
    # "yana dukan yaronmu yanzu": Hausa, he is beating our child now
    ("Hausa", ("dukan",), r"\b(yana|tana) dukan\b.{0,20}\byanzu\b"),
    # "ana bidi mut", "bidi enza2": Levantine Arabic in Latin letters, I want to die, I want to jump
    ("Arabic (romanised)", ("bidi",), r"\bbidi (mut|moot|emout|amout|enza2|inza2)\b"),
    # "avan ennai kolluven nu solraan, kathi eduthu vachirukkan": Tamil in Latin letters, he says he
    # will kill me, he has taken a knife
    ("Tamil (romanised)", ("kolluven", "kathi edu"), r"\b(ennai |unnai |avalai |avanai )?kolluven\b|\bkathi edutt?hu\b"),
    # "kuttiye kondu puzhayil chadum": Malayalam in Latin letters, will jump into the river with the child
    ("Malayalam (romanised)", ("chad",), r"\b(puzhayil|kadalil|kinattil|train(in)?te munnil) chadum\b"),
    # "నా పాప లేకుండా బతకలేను", "పైకప్పు మీద ఉన్నాను": Telugu, I can't live without my baby, I am on the roof
    ("Telugu", ("బతకలేను", "పైకప్పు మీద"), r"బతకలేను|పైకప్పు మీద ఉన్నాను"),
    # "jeewath wenna bæ", "beheth okkoma bonna yanawa": Sinhala in Latin letters, can't live, going to take all the pills
    ("Sinhala (romanised)", ("jeewath", "beheth"), r"\bjeewath (wenna|wenne) (bæ|bae|ba)\b|\bbeheth okkoma\b"),
    # "amemwacha mtoto wa miezi 8 peke yake tangu jana": Swahili, left an 8-month-old alone since yesterday
    # (not "alicheza peke yake", played on his own)
    ("Swahili", ("peke yake",), r"\b(amemwacha|wamemwacha|ameachwa|yuko)\b[^.!?]{0,30}\bpeke yake\b"),
    # "Ich bring ihn um": German, I'll kill him
    ("German", ("bring",), r"\bich bring(e)? (ihn|sie|dich|euch) um(?=\s*([.!,;]|$))"),
    # "korkuluk üzerine tırmanıyor": Turkish, (a small child) climbing onto the railing
    ("Turkish", ("korkuluk",), r"\bkorkulu(k|ğ)\w* (üzerine|uzerine|üstüne|ustune) t(ı|i)rman"),
    # "ditinggal sendiri di kereta": Malay or Indonesian, left alone in the car
    ("Malay or Indonesian", ("ditinggal",), r"\bditinggal(kan)? sendiri(an)?\b"),
    # "أخذ كل حبوب أمه": Arabic, took all his mother's pills
    ("Arabic", ("كل حبوب", "كل الحبوب", "كل أدوية", "كل الأدوية"), r"(أخذ|أخذت|اخذ|اخذت|بلع|بلعت) كل (حبوب|الحبوب|أدوية|الأدوية)"),
    # "rassi le li hai, pankhe se": Urdu or Hindi in Latin letters, I've got the rope, (to hang) from the fan
    ("Urdu or Hindi (romanised)", ("rassi", "rasi"), r"\brass?i (le li|le aayi|le aaya|khareed li|kharid li|rakh li)\b"),
    # "คืนนี้จะไปหาลูก ยาอยู่ในมือแล้ว": Thai, tonight I'll go to my child, the pills are in my hand
    ("Thai", ("ไปหาลูก", "ยาอยู่ในมือ"), r"จะไปหาลูก|ยาอยู่ในมือ"),
    # "3andi el 7abbaat kollaha": Egyptian Arabic in Latin letters, I have all the pills
    ("Arabic (romanised)", ("7abbaat", "7obob", "7boub"), r"\b(el )?(7abbaat|7obob|7boub) (kollaha|kolaha|kullha)\b|\bkol el (7abbaat|7obob|7boub)\b"),
    # "Έχω τα χάπια", "θα μείνω εκεί μαζί του για πάντα": Greek, I have the pills, I'll stay there with him forever
    ("Greek", ("χάπια", "για πάντα"), r"έχω τα χάπια|θα μείνω [^.!;]{0,20}μαζί (του|της) για πάντα"),
    # "Biriijka korkiisa ayaan taaganahay": Somali, I am standing on the bridge
    ("Somali", ("biriijka",), r"\bbiriijka (korkiisa|dushiisa)\b"),
    # "Nimekunywa dawa zote": Swahili, I have drunk all the medicine
    ("Swahili", ("dawa zote",), r"\b(nimekunywa|amekunywa|nimemeza|amemeza) dawa zote\b"),
    # "manglem te merav": Romani, I want to die
    ("Romani", ("te merav",), r"\bmangl?(em|av|ava) te merav\b"),
    # "pillalni champestanani antunnadu, kathi tho unnadu": Telugu in Latin letters, he says he'll kill
    # the children, he has a knife
    ("Telugu (romanised)", ("champes", "kathi tho"), r"\bchampes(tanu|tanani|tadu|ta)\b|\bkathi tho (unnadu|undi|vunnadu)\b"),
]
_LANGUAGES = GuardedSet([guarded([needles], pattern, label=language)
                         for language, needles, pattern in PHRASES])


# Said later in the message, words that take the phrase before it out of the present: a wish to die
# told as over ("El año pasado pensé en quitarme la vida... eso ya pasó", "Τώρα πέρασαν αυτά"), a
# prayer, a saying of long standing, or a made-up training case.
_OVER = re.compile(r"\beso ya pas(ó|o)\b|\bya (estoy|me siento) mejor\b|\bahora estoy mejor\b"
                   r"|\b(isso )?j(á|a) passou\b|\bestou melhor agora\b|\bagora estou (bem|melhor)\b"
                   r"|\bto ju(ż|z) min(ę|e)(ł|l)o\b|\bteraz jest (mi )?lepiej\b|\bc'est (du )?pass(é|e)\b"
                   r"|\bje vais mieux maintenant\b|\bjetzt geht es mir besser\b|\bdas ist vorbei\b"
                   r"|\bab (main|mai) (theek|behtar|thik) (hoon|hun|hu)\b|πέρασαν αυτά|(τώρα|πλέον) είμαι (καλά|καλύτερα)"
                   r"|\bacum (sunt|mă simt|ma simt) (bine|mai bine)\b|\bacum e altfel\b|\bvreau s(ă|a) tr(ă|a)iesc\b|\bora sto meglio\b|\bnu gaat het (weer |al )?beter\b"
                   r"|ผ่านช่วงนั้น(มา)?แล้ว|ตอนนี้ดีขึ้น|\b(wo|woh|voh) waqt guzar gaya\b|\bniha ez (ba(ş|s)tir|ba(ş|s)) im\b"
                   # "لكن الحمد لله الآن أفضل", "但现在好多了": a turn to now, not "الآن أفضل لهم" (better for them)
                   r"|(لكن|لكني|ولكن|بس|الحمد لله) (الحمد لله )?(الآن|الان|هلق|دلوقتي) (أنا )?(أفضل|افضل|أحسن|احسن|بخير)"
                   # or at a sentence's start: "我也想死，真的。现在好多了，在看心理医生" (now much better); not
                   # "他们没有我现在好多了" (they are better off without me)
                   r"|(但|但是|可是|不过|不過|[。．.!！，,]\s*)(我)?(现在|現在)(已经|已經)?(好多了|好很多了|好一些了|没事了|沒事了|好起来了|好起來了)"
                   # "지금은 상담 받으면서 많이 나아졌어요", "今はカウンセリングを受けて落ち着いています", "الان تحت
                   # درمانم و حالم بهتره": Korean, Japanese and Farsi, now (in treatment and) much better
                   r"|지금은[^.!?]{0,30}(나아졌|괜찮아졌|좋아졌)|今は[^。！？]{0,30}(落ち着いて|良くなって|よくなって)"
                   r"|(الان|الآن)[^.!?]{0,30}(حالم بهتر|بهترم)|\b(τώρα|πλέον) είμαι σε θεραπεία"
                   r"|\bheute geht es mir (besser|gut)\b"
                   r"|\bpero ahora estoy (bien|mejor)\b|\bale teraz (jest|czuj(ę|e) si(ę|e)) (lepiej|dobrze)\b"
                   # "Ekhon Allahr rohmote onek bhalo achhi": Bengali, a turn to now
                   r"|\bekhon\b.{0,30}\b(bhalo|valo) (achhi|achi|aachi|asi|aasi)\b|এখন[^.।]{0,30}ভালো আছি"
                   # "Acum iau tratament și sunt bine": Romanian, a turn to now
                   r"|\bacum\b[^.!?]{0,30}\b(sunt|m(ă|a) simt) (bine|mai bine)\b"
                   # "lekin yeh dua hai": a prayer to be taken, said of a grieving elder, not a plan
                   r"|\blekin (yeh|ye|yah) (sirf |bas )?(dua|duaa) (hai|thi)\b"
                   # "але вона завжди так говорить": said every day for a long while, with care in place
                   r"|\b(але|но) (вона|він|она|он) (завжди|всегда) так (говорить|каже|говорит)"
                   # "To jest fikcyjny przypadek": a training scenario sent for translation
                   r"|\b(to jest |to )?fikcyjn(y|a|e) (przypadek|scenariusz|historia)\b"
                   # "No es un caso real, es para el taller", "È solo un esempio per un role-play, nessuna
                   # persona reale": a phrase asked about for training, not said by anyone now
                   r"|\bno es un caso real\b|\bn(ã|a)o (é|e) um caso real\b|\bnon (è|e) un caso reale\b|\bnessuna persona reale\b"
                   r"|\b(è|e) solo un esempio\b|\bes solo un ejemplo\b|\b(é|e) s(ó|o) um exemplo\b|\brole-?play\b"
                   # "real case alla, just training-inu vendi": Malayalam; "asli case nahi hai": Hindi or Urdu
                   r"|\b(real|yathartha|yadhartha) (case|sambhavam) alla\b|\b(real|asli|sachcha) (case|waqia) (nahi|nahin) (hai|he)\b"
                   # "mas hoje estou em tratamento e estou segura", "Hoje faço acompanhamento ... e estou muito
                   # mais estável": Portuguese, a turn to now; not "hoje não estou bem"
                   r"|\b(hoje|agora)\b[^.!?]{0,100}(?<!n[ãa]o )\b(estou|me sinto|sinto-me) (muito |bem )?(mais )?(bem|melhor"
                   r"|est(á|a)vel|segur[oa]|em tratamento)\b"
                   # "Il pensiero di farla finita è passato.": Italian, the thought over
                   r"|\b(è|e) (ormai |gi(à|a) )?passat[oa]\s*[.,;!]",
                   re.IGNORECASE)


# Just before the phrase, a "what if one day" ("gdyby kiedyś powiedziała, że nie chce żyć, who do I
# call?", "agar kabhi", "si algún día"): a question asked ahead, not a wish to die now.
_SOMEDAY = re.compile(r"(\bgdyby\b|\bkiedy(ś|s)\b|\bagar kabhi\b|\bsi (alguna vez|alg(ú|u)n d(í|i)a)\b|\bse um dia\b"
                      r"|\bякщо колись\b|\bесли когда-нибудь\b|\bha egyszer\b"
                      r"|\bif (she|he|they) ever\b|\bif one day\b)[^.!?\n]{0,40}$", re.IGNORECASE)
# Just after the phrase, a face laughing or fed up ("to mar jaungi 😤", "me está matando 😩", "I will
# throw myself off the roof 😂"): a figure of speech about a form or a phone queue, not a wish to die.
_FIGURE = re.compile(r"^[\s!.]{0,3}(😂|🤣|😅|😆|😤|🙄|😩|🙈|😭😂|haha|lol\b)")
# Just before the phrase, a feeling told as past ("tyare mane laagyu ke hu pan mari jais", then I felt
# I would die too; "mujhe laga ki main mar jaungi"): how the news felt then, not a wish now.
_FELT_THEN = re.compile(r"(\b(mane|amne|ene|evu|aevu) (laagyu|lagyu|laagtu hatu|lagtu hatu) ke\b|(મને|એવું) (લાગ્યું|લાગતું હતું) કે"
                   # also without "ki": "mujhe lagta tha main zinda nahi rehna chahti" (I used to feel)
                   r"|\b(mujhe|mujhko|humein|hamein|aisa|aesa) (laga|laga tha|lagta tha)( ki| ke)?\b"
                   r"|(مجھے|ایسا) (لگا|لگا تھا|لگتا تھا) (کہ|کے)|(मुझे|ऐसा) (लगा|लगा था|लगता था) (कि|के))[^.!?\n]{0,40}$",
                   re.IGNORECASE)


def joked(text: str, end: int) -> bool:
    """Whether a phrase ending at ``end`` of ``text`` is followed by a laughing or fed-up face."""
    return _FIGURE.search(text[end:end + 12]) is not None


def other_language_reason(text: str) -> str | None:
    """A crisis phrase in a language other than English, as a reason, or None."""
    lowered = text.lower()
    for language in _LANGUAGES.runnable(lowered):  # none, for nine in ten messages
        match = language.search(text, lowered)
        if not match:
            continue
        before = text[max(0, match.start() - 60):match.start()]
        if (not _OVER.search(text, match.end()) and not _SOMEDAY.search(before) and not _FELT_THEN.search(before)
                and not joked(text, match.end())):
            return f'crisis language ({language.label}): "{match.group(0)}"'
    return None
