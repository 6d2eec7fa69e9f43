"""The notification cue rule, and the registry that runs every safety rule."""
import pytest

from triage.dataset import as_input, examples
from triage.rules import run
from triage.rules.notification import NotificationCueRule, notification_cue
from triage.rules.registry import RULES
from triage.types import TriageInput

NOTIFICATIONS = [
    # TRIAGE_LABELS.md
    "Please accept this as notification of the death of a 3-month-old boy at Royal Blackburn "
    "Hospital on 21/11. Form A to follow.",
    "Hi, I'm a school nurse, one of our Year 9 pupils died at the weekend. Do I need to tell you?",
    # the act of notifying
    "I am writing to notify you of the death of a 14 year old girl known to our service.",
    "A baby on my caseload died last night. I don't know whether the hospital have already let you know.",
    "I do not know if the hospital told you about Zuzanna, she died on Tuesday, so I write to tell you.",
    "One of our mums rang: her baby died at the weekend. I thought I should tell you in case it's not been reported.",
    "I found his old clinic letter and I want it to go in for the review.",
    "Her name is Rhiannon with two n's, please make sure it's spelled right for the review.",
    "The date of death should be the 3rd. We want the review to have the right date.",
    "Jacob died in August. I got the ambulance times and was told to send anything like this to you for the review.",
    "I need to correct something I told the police about the night Finley fell: the gate was open.",
    "I am writing to inform you that one of our patients, aged 6, died yesterday.",
    "I'd like to notify the death of a 17 year old young man who died in the ED tonight.",
    "Notification of death - Baby J\nPlease see details below.",
    # families and bystanders telling of a death
    "My baby stopped breathing last night and they couldnt bring her back. She was 4 months.",
    "A 6-year-old girl whose family live in Ormskirk died at Leighton Hospital on Saturday.",
    "Child death notification: 12 year old female, found unresponsive at home.",
    "How do I notify you of the death of a patient who died this morning?",
    # forms sent, chased or added to
    "I have submitted the eCDOP notification for baby J this morning.",
    "We\u2019ve completed Form A for the child who died on Saturday.",
    "Please find attached the completed Form B for case 2024/117.",
    "Reporting form submitted for our agency re: child ref 2291.",
    "Has the notification form been submitted for the baby who died at RBH on Saturday?",
    "Can you confirm you received the Form A I submitted yesterday?",
    "Further to my notification last week, the child's NHS number is 943 476 5919.",
    "eCDOP ref 123456 - please see update below",
    "Please find attached the school's chronology and attendance record for review of Evie Stott.",
    "eCDOP: New notification received - Pan-Lancashire",
    "Can I send the reporting form for the 3 year old from Morecambe by secure email instead?",
    "did u get the notification for 7yo Great Harwood, system glitched when i pressed submit",
    "got to report a death of a 12 yr old from our school, how do i get a login",
    # a death reported, a case updated
    "Male, 11 weeks, pronounced at Royal Blackburn ED at 0614. JAR initiated.",
    "The SUDI process has been started and police are aware.",
    "The inquest into the death of Baby T has been adjourned until March.",
    "The post-mortem results for baby R are now available.",
    "I'm also very sad to write that little Ava from Reception died this week.",
    "I'm the GP for the family of the 3 year old girl who died at Royal Blackburn last night.",
    "Please accept notification of the death of Baby F, born at 24 weeks, died on NICU aged 19 days.",
    "Re action 4 in the minutes: the health reporting form for 25-140 is attached.",
    # a parent adding to the case information of their child's death
    "Harry was seen at the walk-in centre two days before he died. Please add this to his file.",
    "I want my son's review to include this: he was seen by the GP twice that week.",
    # a family telling of a death so recent the team may not know of it
    "Our little boy Noah died on Tuesday at home. What happens now?",
    "my granddaughter passed away last night in Blackpool Vic",
    "We found our son unresponsive in his cot and the ambulance could do nothing.",
    # a pet is excluded only from a family's own words: here the dog is the cause of a child's death
    "A 2 year old boy died at home this afternoon after an attack; it was the family dog.",
    "I don't think anyone at the council knows that the boy at number 12 died last week.",
    "The little girl from the flats died at the weekend, not sure if you have been told.",
    "Baby girl died on the ward at 04:00. I have started the eCDOP notification.",
    "Two dates in the summary are wrong and I need them corrected before the panel meets.",
    "His surname is spelt wrong again. Could this please be corrected before the report goes to panel?",
    "I found her diary last night and I think the panel needs to see this.",
    "A girl of 6 died at home on Friday. If you have not heard, the family may not be known to your team.",
    "We have been asked to complete a 'Form B' for a pupil who left us in Year 2.",
    # a child's date put right for the review
    "Hi, replying to your letter. You have Ruby's date of birth down as 3rd May but it was the 13th.",
    "His date of death on the letter is wrong, it was the 9th not the 10th.",
    # told by a family so lately the team may not know, or in a line of other business
    "my daughter died in the night i found her i cant stop shaking",
    "My grandson aged 6 died in July and nobody seems to know about him.",
    "I wrote last week about our son Finley. He died on Wednesday. Please can the key worker wait?",
    "P.S. sad news, the little boy from Brookfield Nursery (3 yrs) passed at the weekend.",
    "The PM has now been done - adding here so the file is up to date.",
    "Alfie had MCADD. I think that's something the panel needs to know about.",
    "The police gave us Josh's phone back. I'm forwarding the screenshots to you for the review.",
    "Serious incidents: sadly, a 16-year-old young person placed in a children's home in Burnley died on 12 March.",
    "We were deeply saddened by the death of a Year 4 pupil, Amelia, on Monday after a short illness.",
    "I'm writing now because we lost one of our babies last Tuesday. Our staff are devastated.",
    "My grandson Joshua died eleven days ago. I don't know if your office knows about Joshua or not.",
    "Please cancel the swimming lessons. Kian passed away on Friday at Blackburn. He was 9.",
    "A lad from our estate, Reece (15), died last week after the crash on the bypass.",
    "We had a call this morning about a four-year-old girl from Colne who died at home overnight.",
    "Sad news to share: a Year 2 pupil at St Anne's died on Saturday after a short illness.",
    "He died at the Vic on Friday and I'm not sure whether your team has been told.",
    "She died on Monday night. I don't know if the ward has notified the panel yet.",
    "The genetics results came back on Wednesday and I wanted the panel to have that for his review.",
    "Please can the place of death be corrected for the review: she died in the ambulance.",
    "Could you make sure this is corrected in the report: his name is Ayaan, not Ayan.",
    "Her date of birth was down as the 14th of May but it's the 4th.",
    "Ollie died on the M6 near Garstang on Sunday afternoon when a lorry hit our car. He was 9.",
    "I've been asked to do a reporting form for Maisie Tattersall. Can I save it halfway?",
    "The coroner says the post mortem was on the 29th, not the 24th, so I thought I should tell you so its right"
    " for the review.",
    "His name is spelt wrong on the letter, so please can you check all your records and correct it.",
    "I've given copies of the messages to the police, but I want to make sure that your panel has them too.",
    "One I'm handing over: a baby girl born at 38 weeks and discharged home on day two died at home on Sunday.",
    "The summary says Ruby died at the hospital. She didn't, she died at home before the ambulance came.",
    "It says I was on my own with him that night but his dad was there too. Could that be put right please?",
    "I read the summary and it doesn't even say he was wearing his helmet. Can that be added?",
    "Mum and dad of the little boy who died on PICU overnight would like a call from someone today.",
    "I'm a hairdresser lol one of my clients lost her 12 yr old last wk, can i give her your number",
    "A family in our congregation lost their 10-year-old on Thursday; the police were involved.",
    "my son's girlfriend is 16 and her own baby brother just died, she's texting him now",
    "hiya my m8s little sis died 2day, shes 6, in blackburn hosp",
    "hiya, my friend's 4 year old died a couple of days ago, in Bolton-le-Sands, febrile seizure they said",
    "my neighbours little girl passed away yesterday i think she was about 3",
    "Also the date of birth on the letter you sent is 12/06/2019 but Poppy was born 21/06/2019.",
    "The coroner has decided there will be a jury inquest. Pre-inquest review hearing is 3 December.",
    "It says Ibrahim had a brain bleed caused by an AVM that nobody knew about. Please pass this on to the panel.",
]

NOT_NOTIFICATIONS = [
    "The agenda says the meeting starts at 10. Could this be changed to 11 for the school staff?",
    "Your website says the office is open on Saturdays. Is that still right?",
    "In the minutes from last month it says I was absent. I was there, I came in late. Can that be changed?",
    "I want to correct what I said at the meeting: I meant Thursday, not Tuesday.",
    "One of my young people, a 20 year old care leaver, died by suicide last week.",
    "I'm the aunt of a 13 year old girl whose brother died in the summer.",
    "Please send information for the review of our panel procedures by Friday.",
    # TRIAGE_LABELS.md
    "My daughter died in August and I was told someone would be in touch about a review.",
    "Under the Freedom of Information Act please provide the number of child deaths reviewed.",
    "Could you send the Teams link for Thursday's panel meeting?",
    # questions about the process, not about a death
    "How do I fill in Form A?",
    "Where do I find the eCDOP notification form?",
    "What happens after I've submitted the notification form?",
    "Is there a deadline for submitting Form A?",
    "What is the process for notification of the death of a child who lives out of area?",
    "Notification of death training - dates for 2025",
    "I sent a question about notification timescales last week and had no reply.",
    "I completed the form a while ago",
    "Do we have to keep the notification forms for 7 years?",
    "Please send the annual report for 24/25 to the partnership board.",
    # a parent's own child
    "We are still waiting for the post-mortem results for our son.",
    "Our son's inquest has been adjourned again and we're devastated.",
    # someone else's relative
    "One of my Year 2 pupils' grandad died and she is very upset.",
    "Year 6 are learning about the soldiers from Accrington who died in 1916.",
    "A boy in Year 9 whose grandad died last week is struggling in class.",
    "About our Year 5 pupil whose brother died in the summer: he is struggling.",
    "I couldn't save him from a chest infection and I keep going round and round it.",
    "The parents of our pupil who died last term have asked about the panel.",
    # asking whether they may contribute, or to join a list
    "Can we add something to our son's review? He died in May and we have his diary.",
    "Please add me to the mailing list for the review newsletter.",
    # a known death, told for the family
    "I'm the FLO for the family of the 12 year old girl who died after the collision in May.",
    "I support the parents of the 14 year old boy who died at home; they ask about the meeting.",
    # an adult's death
    "I am writing to report the death of one of our tenants, a 24 year old man, on 29 November.",
    "My baby passed away this morning at the vets. She was our spaniel for 13 years.",
    "Our son died on a Tuesday in March last year and Tuesdays are still the worst.",
    "I want this corrected in the newsletter: the photo was of our festival, not theirs.",
    "Not sure if you know, but the panel meeting has moved to room 4.",
    "I want it in the review how the police spoke to us that night.",
    "Could the room booking please be fixed before the panel on Thursday?",
    "Our new volunteer may not be known to your team yet; she starts on Monday.",
    "Where do I find the Form B guidance for schools?",
    # a name spelt wrong, told in a complaint about a letter
    "I want to complain: your letter spelt his name wrong twice and called him 'the deceased'.",
    "My date of birth is wrong on the GP's letter, who do I tell?",
    "Our son died in the spring and some days it feels like nobody knows how hard it is.",
    "The little girl whose grandad died at the weekend is back in class.",
    "I'm sending the dates for the review meeting in the new year.",
    "I'm sending our questions for the review, as the key worker asked.",
    "We had the sudden death of a Year 8 student two years ago and had no idea what the form was.",
    "I support the parents of a 15 year old young man who died in March; they have questions for the meeting.",
    "We lost one of our pupils in 2019 and the staff still talk about how the school was supported.",
    "Uncle Pete died last week. He was 54 and had been poorly for years.",
    "Reece (15) died in 2021; his mum asked me to say the memorial walk is on again this year.",
    "The mother of a Year 9 pupil who died earlier this year asked us not to share his school reports.",
    "We're running a story on the fire in which a five-year-old girl died. Does the panel have a comment?",
    "The family want the panel to have that in mind when they read the school's report.",
    "Keeley died 11 months ago today. She was 16 and I still set her place at the table.",
    "Could you send me a blank reporting form for Royal Blackburn Hospital? Ours is out of date.",
    "I've written about who Josh was; please make sure the panel knows that he was loved.",
    "Please update your records: I've moved from the Burnley team to Pendle from Monday.",
    "One of our apprentices died in a crash on Saturday. He had turned 18 in the spring. Is that yours?",
    "The older sister of one of our Year 3 pupils died at the weekend - she was 20, we think.",
    "> I am writing to let you know that the review of Maisie's death will be heard in March.\nThank you.",
    "I just want Ben's review to have everything in it, he'd want the truth told.",
    "Can I send something in writing for the review, about who Ella was?",
    "Our son who died on the ward in 2019 would have been ten today. I still think of the nurses.",
    "One of our drivers lost his 10 year old daughter in July and wants to know about the review.",
    "My neighbour lost her 45 year old husband yesterday, is there a leaflet for adults?",
    "My little brother died in 2010 when he was 3 and I still think about him.",
    "my little brother died and today I can't get out of bed, who can I talk to",
    "My friend's son died in March and she still hasn't heard anything about the review.",
    "My cousin's son died last week, he was 19, is there anything you do for families?",
    "I was friends with the lad who died at the RLI last week, is there a memorial?",
    "Could you pass this on to the panel chair? It's about the meeting room.",
    "What is a pre-inquest review? Is it like a hearing?",
]


@pytest.mark.parametrize("text", NOTIFICATIONS)
def test_it_spots_a_notification_of_a_specific_death(text):
    assert notification_cue(text)


@pytest.mark.parametrize("text", NOT_NOTIFICATIONS)
def test_it_ignores_questions_and_family_updates(text):
    assert notification_cue(text) is None


@pytest.mark.parametrize("text, reason", [
    ("Form A to follow.", 'form for a case: "Form A to follow"'),
    ("Please treat as notification of the death of a baby.",
     'notice of a death: "notification of the death of"'),
])
def test_the_reason_quotes_the_cue(text, reason):
    assert notification_cue(text) == reason


def test_a_bounce_quoting_a_notification_is_not_one():
    item = TriageInput(
        subject="Undeliverable: Notification of death - 25/061",
        body="Delivery has failed to these recipients or groups:\n\ncdop@example.gov.uk\n"
             "The email address you entered couldn't be found.",
        headers={"content-type": "multipart/report; report-type=delivery-status"},
        content_type="multipart/report")
    assert NotificationCueRule().hit(item) is None


def test_an_out_of_office_reply_to_a_notification_is_not_one():
    item = TriageInput(subject="Automatic reply: Child death notification - 16M - RBH ED",
                       body="Thank you for your email. I am out of the office until Monday 14 October.")
    assert NotificationCueRule().hit(item) is None


def test_an_ecdop_system_email_is_a_notification():
    item = TriageInput(
        subject="eCDOP: New notification received - Pan-Lancashire",
        body="This is an automated message from eCDOP. Please do not reply to this email.",
        headers={"auto-submitted": "auto-generated"})
    hit = NotificationCueRule().hit(item)
    assert (hit.rule, hit.effect) == ("notification_cue", "notification")


def test_its_cues_are_precise_on_the_labelled_examples():
    rows = examples()
    cued = [row for row in rows if NotificationCueRule().check(as_input(row))]
    precise = [row for row in cued if row["category"] == "notification"]
    # 0.960 (4,518 of 4,707; the rules before this stop's mending 0.958 on the same examples): a cue
    # forces the safer category, so the misses are families and professionals who mention a known
    # death in passing ("her other child died in May")
    assert len(precise) / len(cued) >= 0.955


def test_the_registry_holds_one_crisis_and_one_notification_rule():
    effects = [rule.effect for rule in RULES]
    assert effects.count("crisis") == 1 and effects.count("notification") == 1
    assert "auto_reply" in effects


def test_the_registry_reports_each_rule_that_fires():
    item = TriageInput(subject="Form A", body="I can't go on. Form A to follow.",
                       headers={"auto-submitted": "auto-generated"})
    hits = {hit.effect: hit.rule for hit in run(RULES, item)}
    assert hits["crisis"] == "crisis_language"
    assert hits["notification"] == "notification_cue"
    assert "auto_reply" in hits


@pytest.mark.parametrize("text, language", [
    ("Dzień dobry, synek sąsiadów zmarł wczoraj w nocy w szpitalu.", "Polish"),
    ("Băiatul vecinilor a murit ieri la spital, avea 4 ani.", "Romanian"),
    ("El niño de mi vecina murió anoche en el hospital.", "Spanish"),
    ("O filho da minha prima morreu ontem em Blackpool.", "Portuguese"),
    ("میرے بھائی کا بیٹا کل رات فوت ہو گیا۔", "Urdu or Punjabi"),
    ("meri behan ka beta aaj subah fot ho gaya", "Urdu or Hindi (romanised)"),
    ("ابن جارتنا توفي أمس في المستشفى", "Arabic"),
    ("Сын моей подруги умер сегодня утром.", "Russian or Ukrainian"),
    ("Komşumuzun oğlu dün gece öldü.", "Turkish"),
    ("我表姐的孩子今天早上去世了。", "Chinese"),
    ("Wiilka deriskayga ayaa shalay dhintay.", "Somali"),
    ("Con trai hàng xóm qua đời tối qua.", "Vietnamese"),    ("Onze buurjongen is vannacht overleden in het ziekenhuis.", "Dutch"),
    ("Sin moje prijateljice umro je jučer u bolnici.", "Croatian, Bosnian or Serbian"),
    ("Mtoto wa jirani yetu amefariki leo asubuhi.", "Swahili"),
    ("ibn 5alti mat embare7 bl hospital", "Arabic (romanised)"),
    ("Djali i fqinjit vdiq të dielën në spital.", "Albanian"),
    ("O nome correto da nossa filha é Inês Costa, não Ines.", "Portuguese, a case fact"),
    ("A autópsia do Tiago está marcada para amanhã.", "Portuguese, a case fact"),
    ("La fecha de nacimiento está equivocada, es el 3 de mayo.", "Spanish, a case fact"),
    ("Numele fiicei noastre este scris greșit în scrisoare: Ioana, nu Iona.", "Romanian, a case fact"),
    ("Будь ласка, виправте прізвище нашого сина.", "Ukrainian or Russian, a case fact"),
    ("Magaca wiilkayga warqadda ku qoran waa khalad.", "Somali, a case fact"),
    ("Mali po ang pangalan ng anak ko sa sulat.", "Tagalog, a case fact"),
    ("Ngày sinh của con gái tôi bị ghi sai trong thư.", "Vietnamese, a case fact"),
    ("Mae dyddiad geni fy mab yn anghywir yn y llythyr.", "Welsh, a case fact"),
    ("تاريخ الميلاد في الرسالة خطأ، ابني ولد في ٣ مايو.", "Arabic, a case fact"),
    ("ہمارے پڑوسی کا بیٹا جمعرات کو مر گیا۔", "Urdu or Punjabi"),
    ("Data autopsiei pentru fiica mea s-a schimbat pe 3 aprilie.", "Romanian, a case fact"),
    ("El inquest de mi hija se ha aplazado al 2 de junio.", "Spanish, a case fact"),
    ("O inquest do meu filho foi adiado para maio.", "Portuguese, a case fact"),
    ("Миналата седмица почина синът на съседите.", "Bulgarian"),
    ("Вчера беше погребението на момиченцето на приятелите ни.", "Bulgarian"),
    ("મારો ભત્રીજો ગઈકાલે પોતાનો જીવ લઈ લીધો.", "Gujarati"),
    ("මගේ පුතා ඊයේ රෑ මිය ගියා.", "Sinhala"),
    ("Letter ch mere puttar da naam galat likhya hoya.", "Punjabi, Urdu or Hindi, a case fact"),
    ("خط میں ہماری بیٹی کا نام غلط لکھا ہے۔", "Punjabi, Urdu or Hindi, a case fact"),
    ("Anak jiran saya meninggal dunia semalam di hospital.", "Malay or Indonesian"),
    ("ਸਾਡੇ ਗੁਆਂਢੀਆਂ ਦੇ ਬੱਚੇ ਦਾ ਅੱਜ ਸਵੇਰੇ ਦੇਹਾਂਤ ਹੋ ਗਿਆ।", "Punjabi"),
    ("Beti ka naam aap ne Ayesha ki jagah Aisha likha hai, please sahi kar dein.",
     "Urdu or Hindi (romanised), a case fact"),
    ("Ọmọ ẹ̀gbọ́n mi ti kú lánàá ní ilé ìwòsàn.", "Yoruba"),
    ("Ente koottukaarante makal innale raathri marichu.", "Malayalam (romanised)"),
    ("Hamare padosi ke bete ne pichle hafte khudkushi kar li.", "Urdu or Hindi (romanised)"),
    ("पड़ोसी का बच्चा दो घंटे पहले अस्पताल में गुज़र गया।", "Hindi"),
    ("La autopsia de nuestra hija se hizo ayer en Preston.", "Spanish, a case fact"),
    ("Pitva našeho syna proběhla v pondělí.", "Czech or Slovak, a case fact"),
    ("Mūsų sūnaus skrodimas atidėtas iki pirmadienio.", "Lithuanian, a case fact"),
    ("અમારા દીકરાના નામની સાચી જોડણી Aarav છે.", "Gujarati, a case fact"),
    ("ትክክለኛው ስሟ ሃና ነው።", "Amharic, a case fact"),
    ("ابن جيراننا مات الفجر في المستشفى.", "Arabic"),
    ("ولد صاحبي توفى الصبح.", "Arabic"),
    ("Saada nikka kal fot hoi gaya.", "Urdu or Hindi (romanised)"),
    ("Kurê cîranê me doh mir.", "Kurdish"),
    ("Lakro čhavoro mulas arati.", "Romani"),
    ("የልጃችን የአስከሬን ምርመራ ሰኞ ይካሄዳል።", "Amharic, a case fact"),
    ('Kaimynu kudikis mire vakar nakti.', 'Lithuanian'),
    ('Amar bhatija kal rait pukure dubi gese.', 'Bengali (romanised)'),
    ('Amara padoshi nu balak gaikale mari gayu.', 'Gujarati (romanised)'),
    ('Dukhtar-e hamsaya-ye ma dishab fawt kard.', 'Farsi or Dari (romanised)'),
    ('Dytyna nashykh susidiv pomerla vchora vnochi.', 'Russian or Ukrainian (romanised)'),
    ('Mana meitas uzvards ir uzrakstits nepareizi.', 'Latvian, a case fact'),
    ('ਗੁਆਂਢੀਆਂ ਦਾ ਮੁੰਡਾ ਅੱਜ ਸਵੇਰੇ ਨਹਿਰ ਵਿੱਚ ਡੁੱਬ ਗਿਆ।', 'Punjabi'),
    ('Ο γιος των γειτόνων πέθανε χθες το βράδυ.', 'Greek'),
    ('Ngo pang yau ge BB kam maan fan gaau mou zo.', 'Cantonese (romanised)'),
    ('V liste je chybné meno našej dcéry.', 'Czech or Slovak, a case fact'),
    ('Na carta está escrito que ela tinha 2 anos. Não é verdade, tinha 3.', 'Portuguese, a case fact'),
    ('Vi comunichiamo il decesso di una bambina di 4 anni.', 'Italian, a case fact'),
    ('Θα ήθελα να προσθέσω μια πληροφορία για την υπόθεση της κόρης μου.', 'Greek, a case fact'),
    ('Вчера получихме резултата от аутопсията на сина ни.', 'Bulgarian, a case fact'),
    ('A e keni marrë njoftimin për djalin tonë?', 'Albanian, a case fact'),
    ('Komşumuzun oğlu geçen hafta havuzda boğuldu.', 'Turkish'),
    ('Сын соседей вчера повесился в гараже.', 'Russian or Ukrainian'),
    ('نوزاد همسایه ما امروز صبح مرد.', 'Farsi or Dari'),
    ('Искаме да ви уведомим, че в събота почина момиченце от нашата улица.', 'Bulgarian, a case fact'),
    ('ہسپتال کا خط میرے پاس ہے جو آپ کے ریویو میں شامل ہونا چاہیے۔', 'Urdu, a case fact'),
    ('zama wrara nan sahar pa kor ke mar sho', 'Pashto (romanised)'),
    ("Dans le rapport, il est écrit que Léo dormait sur le ventre; ce n'est pas vrai, il était sur le dos.",
     'French, a case fact'),
    ('Kérem, javítsák ki a lányom nevét a jelentésben.', 'Hungarian, a case fact'),
    ('ei kotha ta ki review e dite hobe?', 'Bengali, a case fact'),
    ('Xin anh sửa giúp ngày sinh của bé.', 'Vietnamese, a case fact'),
    ('Vēl vienu lietu par Jāni, ko aizmirsu pateikt: viņam bija astma.', 'Latvian, a case fact'),
    ('Per favore aggiungete questa informazione al fascicolo di nostra figlia.', 'Italian, a case fact'),
    ('Por favor, añadan esta información al expediente de mi hijo: tenía epilepsia.', 'Spanish, a case fact'),
    ('Podem acrescentar isto ao processo da Lara? Ela tinha asma.', 'Portuguese, a case fact'),
    ('Mi sobrina de 3 anos fallecio anoche en el hospital de Preston.', 'Spanish'),
    ('我的女儿前天在医院去世了。', 'Chinese'),
    ('Vreau să adaug ceva la dosarul fiicei mele: avea alergie la nuci.', 'Romanian, a case fact'),
    ('В больнице записали, что она была одна дома, но я была рядом.', 'Ukrainian or Russian, a case fact'),
    ("Intalli koo Caaltu torbee darbe du'e, umuriin ishee 10.", 'Oromo'),
    ("Sem is geboren op 21-03-2015. Wilt u dat aanpassen in het dossier voor de review?", 'Dutch, a case fact'),
    ("اسم دخترم را با دو z نوشته‌اید، لطفا درستش کنید: Nazanin", 'Farsi or Dari, a case fact'),
    ("เด็กชายอายุ 10 ขวบ ครอบครัวไทย เสียชีวิตเมื่อคืนในแผนกฉุกเฉิน", 'Thai'),
])
def test_it_reads_a_recent_death_told_in_another_language(text, language):
    assert notification_cue(text).startswith(f"recent death told in another language ({language}):")


@pytest.mark.parametrize("text", [
    "Mój syn zmarł w marcu. Kiedy będzie spotkanie?",  # a death the team has
    "Mi hijo murió hace un año y hoy es su cumpleaños.",  # long ago, beside today
    "ወደይ ኣብ ነሓሰ ሞይቱ። ሎሚ ክዛረብ ደልየ።",  # the day is in the next sentence
    "Dziś rano spotkanie o 10. Zmarł nam komputer.",  # not in the same sentence
    "Hoje é o aniversário dele.",  # no death    "Onze zoon is in 2021 overleden. Vandaag is zijn verjaardag.",  # long ago, the day apart
    "Moj sin je umro prije dvije godine. Kada je sastanak?",  # long ago
    "Mwanangu alifariki mwaka jana. Mkutano ni lini?",  # last year
    "Kızım öldükten beri her gece uyuyamıyorum.",  # since the death, no recent day
    "A férjem azt mondta, hogy ma este felakasztja magát, mióta Dani meghalt csak iszik.",  # ever since the death
    "مردم امروز به جلسه می‌آیند.",  # "people", not a death
    "آن مرد دیروز به دفتر آمد.",  # "man", not a death
    "Como posso corrigir um erro no formulário?",  # a question, no fact
    "¿Cómo se pide una corrección del nombre?",  # a question, no fact
    "Cum pot să corectez formularul online?",  # a question, no fact
    "Mae'r tywydd yn braf heddiw, diolch am y llythyr.",  # nothing wrong
    "میرا بیٹا مارچ میں مر گیا تھا۔ میٹنگ جمعرات کو ہے؟",  # the death and the day apart
    "Ce se întâmplă la autopsie? Vreau să înțeleg procesul.",  # a question, no fact
    "¿Qué es un inquest y cuándo se hace?",  # a question, no fact
    "Синът ми почина миналата година. Кога е срещата?",  # last year, not last week
    "Погребението на баба ми беше вчера.",  # not a child's funeral
    "මගේ පුතා පසුගිය වසරේ මිය ගියා.",  # last year
    "Form vich naam kithe likhna hai?",  # a question, nothing wrong
    "Fiul nostru a murit luna trecută; azi am primit scrisoarea.",  # last month
    "Bapak saya meninggal semalam, umurnya 70 tahun.",  # an adult
    "我朋友的爸爸昨天去世了，他58岁。",  # an adult
    "Mere dost ka bhai 25 saal ka tha, kal guzar gaya.",  # an adult
    "پدرم ۶۵ ساله بود و دیروز فوت کرد.",  # an adult, in Persian digits
    "Ọmọ mi ti kú ní ọdún tó kọjá.",  # last year, no recent day
    "Ente achan, 72 vayassu, innale marichu.",  # an adult
    "Rafiq ne pichle hafte khudkushi ki koshish ki thi.",  # an attempt, not a death
    "Kdy bude pitva?",  # a question, no fact
    "Kada bus skrodimas?",  # a question, no fact
    "Kurê min sala borî mir.",  # last year, no recent day
    "የአስከሬን ምርመራ ምንድነው?",  # a question, no fact
    "Aaje to hu mari gai chhu, bahu kaam hatu.",  # "I'm dead tired", said of oneself
    "Dedushka pomer vchora, yomu bulo 80 rokiv.",  # an adult
    "Ludzu, kur ir sanaksme?",  # a question, no fact
    "Кога ще знаем резултатите от аутопсията?",  # a question, no fact
    "Ο παππούς μου πέθανε πέρσι.",  # long ago, no recent day
    "Ngo gam yat mou zo chin.",  # money gone, no death
    "Kunt u de afspraak aanpassen naar dinsdag?",  # an appointment, not the child's file
    "ลูกชายของฉันเสียชีวิตเมื่อปีที่แล้ว การประชุมคือเมื่อไหร่",  # last year, no recent day
    "لطفا ساعت جلسه را اصلاح کنید",  # the meeting's time, not the child's name
    "Tera joke sun ke main hass hass ke mar gaya, kal milte hain.",  # died laughing
    "Kal raat wali film dekh ke mar gaya 😂",  # a figure of speech
    "za nan staray mar shum 😩",  # "I'm dead tired", said of oneself
    "نن په دفتر کې ستړی مړ شوم",  # "I'm dead tired", in Pashto script
    "aaj shopping karte karte thak ke mar gayi",  # "dead tired"
    "Zama tre 45 kalan wo, parun mar sho.",  # an adult
    "A dátum nem hibás, csak rosszul olvastam.",  # not wrong
    "Salaan, awoowgay 84 jir ayaa shalay dhintay, aaska waa berri.",  # an adult (Somali years)
    "Сусід, 45 років, помер вчора вночі.",  # an adult (Ukrainian years)
    "Дедушка умер сегодня утром, ему было 79 лет.",  # an adult (Russian years)
    "मोहल्ले के 23 साल के लड़के की कल रात मौत हो गई।",  # an adult (Hindi years)
    "Vorrei aggiungere mio marito ai contatti per il gruppo di sostegno.",  # no fact for the case
    "Podem adicionar isto ao meu pedido de apoio?",  # a request of their own
    "¿Cómo puedo añadir un documento al formulario?",  # a question, no fact
    "Mi hija murio hace dos anos, hoy seria su cumpleanos.",  # long ago, beside today
])
def test_a_death_long_ago_or_apart_from_the_day_is_not_news(text):
    assert notification_cue(text) is None
