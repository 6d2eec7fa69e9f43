"""The crisis rule: risk language flagged, ordinary grief, idioms and denials left alone."""
import subprocess
import sys

import pytest

from triage.dataset import as_input, examples
from triage.rules.crisis import MAX_CHARS, CrisisRule, crisis_reason
from triage.types import TriageInput

AT_RISK = [
    # TRIAGE_LABELS.md
    "Since Leo died I don't see the point in anything any more. I just want to be with him.",
    # suicide and self-harm, direct and indirect
    "I want to kill myself",
    "i want to kil myslef",
    # typos the rule allows, in a group that runs only when such a word is in the message
    "im feeling so sucidal tonight",
    "been feeling suicdal again",
    "I'm going to end it all tonight",
    "I just want to end my life",
    "I can't go on",
    "i cant go on without her",
    "I cannot go on any more",
    "I can\u2019t go on",
    "I want to be with her",
    "i just want to join my son",
    "I don't want to be here anymore",
    "there's no point in living",
    "everyone would be better off without me",
    "I've taken a load of tablets",
    "I've taken 40 paracetamol. Just so someone knows.",
    "I have taken an overdose",
    "took the whole packet. feel funny",
    "I've been stockpiling my tablets",
    "i've got the tablets counted out",
    "I keep cutting myself",
    "ive been cutting again since we lost her",
    "I'm going to jump off the bridge",
    "I'm standing on the railway line near Oxenholme",
    "I just wanted to say goodbye",
    "I'm not safe tonight",
    "I can't keep myself safe",
    "I feel suicidal",
    "I've been having thoughts of ending it",
    "I wish I had died with him",
    "I hope I don't wake up tomorrow",
    "I'm not suicidal but I can't go on",
    "I don't want to hurt myself but the thoughts won't stop",
    "I won't be here much longer",
    "by the time you read this I'll be with Kacie",
    "i'm going to go and be with her tonight, i've decided",
    "I've got the rope in the garage",
    "I've been reading about ways to do it",
    "how many paracetamol would it take",
    "going to the bridge tonight. dont try and stop me. tell mum i love her",
    "I felt I couldn't go on at first and it's worse now",
    "I'm sat in the garage with the engine running",
    "I've swallowed some bleach",
    "I've been researching the quickest way to die",
    "I'm not going to be here for the anniversary. I've made my peace",
    "If I'm not here tomorrow please tell my mum I loved her",
    "i dont want to live in a world where kids die. i'm going to the motorway bridge",
    # someone else at risk
    "My wife took an overdose this afternoon and is in hospital, I'm scared she'll try again",
    "My 15 year old has gone missing and left a note saying sorry",
    "my son keeps saying he wants to kill himself",
    "she's talking about not wanting to be here and she has a bottle of pills by her bed",
    "Mum is outside saying she'll walk into the sea herself",
    "one student said this morning she 'wants to go the same way'",
    # threats to others
    "I'm going to hurt him",
    "I'll kill him if I see him",
    "I will go round to his house and I won't be responsible for what I do",
    "He said he would kill me",
    "my partner threatened to kill me",
    # a child in danger now
    "my sister is being hit right now",
    "we are not safe at home tonight",
    "he's got a knife",
    "my mum keeps hitting me with a belt",
    "My husband has locked me and the kids in the bedroom",
    "a toddler locked in a car in the car park, he's gone all red and floppy",
    "he begged me not to let him go home tonight",
    "Is anyone checking on the twin tonight? The twin is still at home with the parents",
    # phrasings first seen in messages written apart from the training data
    "my son died 6 weeks ago. how many paracetamol is too many. dont worry about why",
    "The father attempted to walk into oncoming traffic twice at scene and has self-discharged.",
    "his mate keeps posting that hes going into the water tonight to find him",
    "Another young person at the placement has posted on Instagram this afternoon that she will 'do the same tonight'.",
    "If nobody comes out tonight I'm going round there with a bat",
    "His sister has repeatedly told staff she 'wants to go with him' and asked where the medicines are kept.",
    "I have decided that being with Leo is the only thing that makes sense now.",
    "Sorry for everything. Look after the dogs. Goodbye",
    "I bought a rope today. I keep looking at it.",
    'Dad said he would "finish it" tonight and has made threats towards her brother.',
    "my baby isnt breathing properly, shes gone blue",
    "I know who you are, I know where you work and I know where you park it.",
    "If nobody gets back to me by tomorrow somebody is going to get hurt. I mean it.",
    "Her dad has gone missing, left his wallet and phone and a letter. Police are looking.",
    "her twin brother is really hot right now and he wont wake up properly",
    "He texted me \"look after Jen and the girls for me\" and nobody can get hold of him.",
    "Every night I ask him to come and get me.",
    "He told my wife he'll use it on himself after the review meeting.",
    "Is the panel still in March? I doubt I'll still be here by then.",
    "I'm going round there tonight with a can of petrol.",
]

NOT_AT_RISK = [
    # a word a typo away from one the rule allows typos in, in an ordinary sentence
    "I'm feeling judicial review is the right route for the family",
    # TRIAGE_LABELS.md
    "My daughter died in August and I was told someone would be in touch about a review.",
    "Under the Freedom of Information Act please provide the number of child suicides reviewed.",
    "I am out of the office until Monday with limited access to email.",
    # denials
    "I'm not suicidal",
    "I am not suicidal, just exhausted and sad",
    "I would never hurt myself",
    "I'd never do anything to hurt myself, I have my other children",
    "I have no thoughts of ending it",
    "I'm not thinking about ending my life, I'm just angry",
    "I dont want to die I'm just so so tired",
    "My GP asked me last week if I'd had thoughts of harming myself and honestly I haven't",
    # idioms
    "I'm dying to know when the review will finish",
    "This wait is killing me",
    "My partner keeps saying I'm 'killing myself' with worry about the review",
    "The food at the hospice was to die for",
    "I could have killed him when he said that",
    "It just hit me yesterday that he is never coming back.",
    "I'll jump on a call with the coroner's officer",
    # recovered, or reassured
    "I felt I couldn't go on at first but the support from the nurse has really helped",
    "I sometimes feel like I can't go on without her, but I know I will, for her brothers.",
    "I did think about ending it last winter. I got help and I'm safe.",
    "I said some things I didnt mean about not wanting to be here. I'm ok, honestly",
    # grief, logistics and reports of a death that has happened
    "We never got to say goodbye to him",
    "I want to say goodbye to my son before the funeral",
    "I want to be with her when they move her to the chapel of rest",
    "Is the post-mortem going to hurt him?",
    "I can't go on the call on Thursday",
    "I have had enough of waiting for this review",
    "My son took his own life last year. When will the review be?",
    "A 15-year-old boy took an overdose and was found dead at home. Form A to follow.",
    "He had been self harming before he died",
    "The police think someone may have hurt him",
    "I took my tablets this morning as usual",
    "our goldfish died and my son keeps asking if fish go to heaven",
    "Could we have data on suicide prevention training?",
    "If a child is in immediate danger call 999.",
    "Sorry to email so late tonight. Could someone ring me tomorrow about the meeting?",
    "Our twin daughter is still in NICU and we are worried about her.",
    "Parents and 2 siblings at home; siblings currently with grandparents.",
    "If I'm not here when you call, please leave a message",
    "I don't want to live in this house any more, it reminds me of her",
    "I won't be here for the meeting next week, I'm away",
    "I'm not coming back to the support group, it isn't for me",
    "I keep hitting my head against a brick wall with the hospital",
    "She hit her head on the table and died in hospital two days later",
    "He said it would hurt me to read the report",
    "How much would it take to get a copy of the report?",
    "What's the quickest way to go to the coroner's court from Preston?",
    "I've already taken some time off work",
    "I want to see my son.",
    "I'm scared I'll go to pieces at the inquest",
    "Is there training on how to support a young person starting to self harm?",
    "Mum wants to go with him to the chapel of rest on Friday.",
    "Sorry for the late reply, I'll post the form tomorrow. Bye for now!",
    "I'm sorry. I can't make Thursday's meeting after all. Bye",
    "We are walking into the sea at Morecambe to scatter his ashes on his birthday.",
    "How many paracetamol can a 6 year old have for a fever? The bottle says two spoons.",
    "The kids are going into the water at the swimming gala tonight, can you send the consent form?",
    "I couldn't live with myself if nobody looked at what happened to him.",
    "My husband would kill me if he knew I'd emailed you.",
    "People are saying a 15 year old girl died on the railway line near Church.",
    "You asked if I ever think about harming myself: no, I don't.",
    "eCDOP won't let me submit the notification. What do I do?",
    "Honestly I wanted to die with him that night. But I've got his sister and a counsellor now.",
    "In the first few weeks I thought about ending things myself but I'm getting help now.",
    "I left the service in 2019, at that time I had suicidal thoughts, and I've been well since.",
]


@pytest.mark.parametrize("text", AT_RISK)
def test_it_flags_language_of_risk_now(text):
    assert crisis_reason(text)


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_it_leaves_grief_idioms_and_denials_alone(text):
    assert crisis_reason(text) is None


@pytest.mark.parametrize("text, phrase", [
    ("I just want to be with him.", '"want to be with him"'),
    ("i've got the pills. goodnight", '"got the pills"'),
    ("going to the bridge tonight", '"tonight"'),
])
def test_the_reason_names_the_phrase_matched(text, phrase):
    reason = crisis_reason(text)
    assert reason.startswith("crisis language: ") and phrase in reason


def test_the_rule_reads_the_subject_as_well_as_the_body():
    hit = CrisisRule().hit(TriageInput(subject="I can't go on", body="Sorry."))
    assert (hit.rule, hit.effect) == ("crisis_language", "crisis")


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "مرحبا שלום 🙂🕯️", "a" * (MAX_CHARS * 3)])
def test_it_takes_any_text(text):
    assert crisis_reason(text) is None


def test_the_tokenizer_is_not_built_at_import():
    code = "import triage.rules.crisis as c; print(c._pipeline.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


@pytest.mark.parametrize("text, at_risk", [
    ("I've got tablets saved in my drawer for when I decide.", True),
    ("She told me she has stockpiled her tablets and plans to take them tomorrow.", True),
    ("I've written letters for everyone and sorted out her room.", True),
    ("Our class has written letters for everyone on the ward.", False),
    ("His mother was found collapsed having taken a large quantity of her medication.", True),
    ("The post-mortem found he had taken a large quantity of methadone.", False),
    ("A reader says he knows what car she drives.", True),
    ("Do you know what car park to use for the meeting?", False),
    ("By the time anyone reads this it will be over.", True),
    ("By the time anyone reads this newsletter the panel will have met.", False),
    ("Answers by Friday or I will come to your office and someone will get hurt.", True),
    ("Will someone get hurt if the review finds fault?", False),
    ("Another lad keeps posting he's doing the same tonight.", True),
    ("She says she's doing the same course now as her brother did.", False),
    ("im thinkin of doin it tonite", True),
    ("I've sorted my will and written to the girls. I'm ready now.", True),
    ("I've written to the girls' school about the anniversary.", False),
    ("Dont bother sending the next one I wont be here to read it.", True),
    ("I won't be here to see the panel on the 14th, I'm working.", False),
    ("I don't think I'll last 12 days. I already tried once on Sunday.", True),
    ("I don't think I'll last the whole meeting without crying.", False),
    ("Tell that woman she better watch her back when she leaves work.", True),
    ("I'm coming to your next meeting with a can of petrol.", True),
    ("Mother expressed intent to end her own life on scene.", True),
    ("The review found no intent to end his life; it was an accident.", False),
    ("If the coroner delays once more he'll come down to the court and do something to her.", True),
    ("I'll do something to help her through the inquest.", False),
    ("He was making threats to burn the house down with her in it.", True),
    ("He texted the driver saying he is coming for him tonight.", True),
    ("The police came for him in the night and took him to the station.", False),
    ("Tomorrow I'm going into school with my dad's gun and nobody is walking out.", True),
    ("Nobody is getting out of the car park, the barrier is broken.", False),
    ("Mum is sending goodbye msgs to family, her sister rang me.", True),
    ("We sent goodbye cards to the nursery staff.", False),
    ("bad night. got the blade out again", True),
    ("I got my razor out to shave before the funeral.", False),
    ("you can close my file early, the pills are kicking in", True),
    ("The antibiotics are kicking in at last.", False),
    ("I have put my affairs in order and this will be my last email to anyone.", True),
    ("This will be my last email before I go on leave.", False),
    ("I haven't taken my insulin since Friday. I want to go quietly and be with him.", True),
    ("I want to go away for the weekend with the kids.", False),
    ("I've written my letters and I've chosen the day: the 3rd, his birthday.", True),
    ("We've chosen the date for the memorial: the 3rd.", False),
    ("if ah see 'er ah'll swing for 'er, ah mean it", True),
    ("Honestly I'll swing for him if he's late to the meeting again.", False),
    ("Her stepfather has barricaded himself in the house with the boys.", True),
    ("Dad threatening crew and 2 siblings still in house, police en route.", True),
    ("The crew were threatened by a dog at the address.", False),
    ("my 3yo swallowed a button battery, what do i do??", True),
    ("The review found he swallowed a button battery in 2023.", False),
    ("I'm not planning on being around much longer and I want Ava's review to still happen.", True),
    ("I'm not planning on being around for the meeting, I'm on holiday.", False),
    ("I know where your office is, and whoever designed them had better not be there.", True),
    ("You had better not be there early, the room isn't open till 10.", False),
    ("I will not be taking part in any review. I shall be joining Elliot before it begins.", True),
    ("We will be joining Elliot's class for the memorial assembly.", False),
    ("This will be my last correspondence with you. I do not intend to be alive next week.", True),
    ('He told our receptionist he intends to "put the paediatrician in the ground".', True),
    ("We put Jack in the ground on Friday, the funeral was beautiful.", False),
    ("I have access to what I need and I have decided on a date.", True),
    ("i have been to the bridge twice this week. tonight i think i will do it", True),
    ("I will stand outside County Hall on the day and set myself on fire so that someone listens.", True),
    ("The dad is out in the street with a kitchen knife saying he'll kill whoever is responsible.", True),
    ('He has been threatening to "come down there and make them pay".', True),
    ("The bonfire will be set alight at 7, come and make them pay for the tickets.", False),
    ("Toddler heard crying alone in flat 3 hours, no adult present. Breaking in now.", True),
    ("He was left alone in the car for ten minutes last year, the review noted it.", False),
    ("my toddler swallowed one of those button batteries 20 min ago, is that dangerous??", True),
    ("The review found he swallowed a button battery in 2023, is that relevant?", False),
    ("ive been savin my mums tabs, got like 40. tonite feels right.", True),
    ("We're saving his ring-pull tabs for the memory box.", False),
    ("The post said: we know where you live and we will find you.", True),
    ("We don't know where you live now, please send us your new address.", False),
    ("The staff who hid the truth should be scared.", True),
    ("Children shouldn't be scared of hospital.", False),
    ("His mum made an attempt on her life last night and has left the ward.", True),
    ("The pills are in my hand and I'll swallow them when I press send", True),
    ("I'll send the form when I press send on this one, sorry!", False),
    ("Nothing left to live for now. I'll be with Mia by morning", True),
    ("I'll be with you by morning with the signed forms.", False),
    ("I told myself I'd give it a year after she died. It's been a year.", True),
    ("There's no reason for me to stay now the house is empty.", True),
    ("Everything is in order for the house. This is the last email you'll get from me.", True),
    ("Everything is in order for the meeting on Thursday.", False),
    ("had 6 pints, so what, im driving the kids back to their dads", True),
    ("I'll be driving the kids to the memorial walk on Sunday.", False),
    ("My old service pistol is on the table and tonight I've loaded it.", True),
    ("Written notes for the boys. It's best for everyone.", True),
    ("How many would it take? The tablets they gave me for sleeping.", True),
    ("I've saved his insulin pens and worked out how much it would take.", True),
    ("The pharmacist worked out how much it would cost.", False),
    ("I stood on the edge today. I don't think I'll step back this time.", True),
    ("If the courts don't do something I will do it myself.", True),
    ("If the school doesn't sort the form I'll ring them myself.", False),
    ("Part of me wants someone to stop me. I've written Mike a letter.", True),
    ("am not gonna be here tomorra. tell me mam", True),
    ("Im gonna be here tomorrow at 10 for the meeting", False),
    ("Im not well. Ive tied the belt to the banister.", True),
    ("Goodbye. Thank you for trying with us. Please make sure the review still happens x", True),
    ("Thank you for trying to find the minutes, I'll ask Jo instead.", False),
    ("Im going to kill my sister, shes booked the hall for the wrong date lol", False),
    ("I'm going to hurt my kids. I'm alone with them tonight.", True),
    ("I'm standing on the wrong side of the railing on the prom.", True),
    ("He walked out of the house with a kitchen knife an hour ago.", True),
    ("Giving my car and my rings to my sister tomorrow. Wont need them where Im going.", True),
    ("I have my shotgun licence and I am not afraid to use it.", True),
    ("bought paracetamol from 3 different shops today so nobody would ask", True),
    ("There will be nobody at this address to read them after this weekend.", True),
    ("this is the last time ill write. thank you for being kind", True),
    ("This is the last time I'll write to you about the parking at the meeting.", False),
    ("Caller states he has taken 40 co-codamol and wants to say sorry to the review nurse.", True),
    ("My boyfriend threatened last night to kill me if I say anything else.", True),
    ("I have decided. I go to my son. This is my last message.", True),
    ("wen ur reading this ill be gone x", True),
    ("how long does the review take? actually doesnt matter, i wont be around to hear it", True),
    ("The night she died I wanted to die too. I don't now. I want the review to say what happened.", False),
    ("I'm in a dark place but I've got a light on. I'm talking to people. I'm ok tonight.", False),
    ("After she died I took an overdose, that was two years ago now and I'm in a much better place.", False),
    ("We are recruiting bereaved parents for a study on suicidal thoughts after the death of a child.", False),
    ("If you or someone you know is in crisis or having thoughts of suicide, call Samaritans.", False),
    ("Im ok. Just not sure I want to wake up tomorrow tbh.", True),
    ("Finding homes for my cats this week. I might not be around for it, tell my sister.", True),
    ("Sorted the insurance so the girls will be ok. Tell Jean it's not her fault.", True),
    ("You probably won't answer till tomorrow. It's not your fault the letter was late.", False),
    ("lambing. no sleep in 4 days. keep looking at the gun in the tractor cab.", True),
    ("The gamekeeper keeps his gun in a locked cabinet, as the police asked.", False),
    ("kitchen tidied, bills paid, dog at my sister's. waiting for it to get dark", True),
    ("Bills paid this morning and the car's booked in for its MOT on Friday.", False),
    ("this is the last text from me. engine's running. sorry", True),
    ("The engine's running rough again, can you book it in?", False),
    ("He's gone round to the GP's house with a hammer, police are on the way", True),
    ("He went round to the surgery with a card for the nurses who cared for her.", False),
    ("I'll give my evidence in June, unless I'm no longer here by then.", True),
    ("She wrote 'I'll be with you soon' under his photo and she isn't in school today.", True),
    ("I'll be with you soon, just parking the car.", False),
    ("The toddler is still with her boyfriend, who is a registered sex offender.", True),
    ("My daughter has just got into a car with a man she met online.", True),
    ("The 15 year old is a high-risk missing person and searches are ongoing.", True),
    ("My niece is often not in school. It's not an emergency, nobody is hurt.", False),
    ("keep thinking about swallowing the lot in the bathroom cabinet", True),
    ("His cousins say they are going to the boy's house tonight, armed.", True),
    ("He has a history of violence and is on his way here right now.", True),
    ("If you are worried about a child at immediate risk, call 999. I am currently out of the office.", False),
    ("Her twin is still at home with both parents and we think he is at immediate risk.", True),
    ("She says she's going to join him tonight and hung up.", True),
    ("I stopped taking my tablets last week and I don't care what happens to me now", True),
    ("the group chat says they'll all meet at the quarry tonight", True),
    ("He told me he's going to drive into the same tree on the bypass.", True),
    ("I have a plan for Saturday and I've written notes for the boys.", True),
    ("im coming bro. see u soon", False),
    ("keep thinking about swallowing everything in the cupboard", True),
    ("my year 9 handed in a goodbye letter today and she hasn't arrived at school since lunch", True),
    ("Reception say the uncle is shouting that he's going to \"do him in\" when he finds him.", True),
    ("This inspection is going to do me in.", False),
    ("A patient just phoned to say she's on the railway bridge with her toddler.", True),
    ("Dad is currently on the tracks near the station and police are on the way.", True),
    ("She is on the roof garden committee at the hospice.", False),
    ("He told the nurse he has taken a lot of paracetamol since breakfast.", True),
    ("I have taken a lot of medication over the years for my back.", False),
    ("There's a man at the school gates with a knife, we are locking the doors.", True),
    ("Her sister rang to say she has \"taken something\" and will not open the door.", True),
    ("Nan said she won't see tomorrow and walked off.", True),
    ("I won't see tomorrow's minutes until the afternoon.", False),
    ("The second twin is still at home with the suspect tonight.", True),
])
def test_plans_means_and_threats_said_in_new_ways(text, at_risk):
    assert (crisis_reason(text) is not None) == at_risk


@pytest.mark.parametrize("text, language", [
    ("Dzień dobry, mój syn zmarł w marcu. Nie mam już siły żyć. Dzisiaj w nocy chcę to zakończyć.", "Polish"),
    ("Mój brat mówi, że się zabije, jest teraz sam w domu.", "Polish"),
    ("Assalam o alaikum, meri beti ki wafat ko 6 mahine ho gaye. Main ab aur nahi jee sakti.", "Urdu or Hindi"),
    ("Mera shohar mujhe aur bachon ko maar raha hai, abhi ghar mein hai.", "Urdu or Hindi"),
    ("Mera puttar guzar gaya si. Hun main hor nahi jeena chaundi.", "Punjabi"),
    ("Fiul meu a murit în ianuarie. Nu mai vreau să trăiesc.", "Romanian"),
    ("Mi hija murió en junio. No puedo seguir. Estoy en el puente ahora mismo.", "Spanish"),
    ("Desde que ele morreu não consigo mais. Tenho os comprimidos aqui.", "Portuguese"),
    ("Môj syn zomrel v lete. Už nevládzem.", "Slovak or Czech"),
    ("پسرم فوت کرد. دیگه نمی‌خوام زنده باشم.", "Farsi"),
    ("Não aguento mais sem o Tiago. Vou para o mar e não volto.", "Portuguese"),
    ("mama leży na podłodze i dziwnie oddycha, nie mogę jej obudzić", "Polish"),
    ("tata e beat si acum o bate pe mama", "Romanian"),
    ("ابني مات. لا أستطيع العيش بدونه.", "Arabic"),
    ("amar chele mara geche. ami ar bachte chai na.", "Bengali"),
    ("maro dikro gayo, hu jivi nathi shakti.", "Gujarati"),
    ("Mano sūnus mirė. Aš nebenoriu gyventi.", "Lithuanian"),
    ("Kurê min mir. Ez êdî naxwazim bijîm.", "Kurdish"),
    ("ሎሚ ለይቲ ነብሰይ ክቐትል እየ።", "Tigrinya"),
    ("Мій син помер. Я більше не хочу жити.", "Ukrainian or Russian"),
    ("posle smerti syna ya ne hochu zhit", "Ukrainian or Russian"),
    ("زوی مې مړ شو. ځان ووژنم.", "Pashto"),
    ("儿子走了以后我不想活了。", "Chinese"),
    ("Ers i Osian farw dw i eisiau marw.", "Welsh"),
    ("A lányom meghalt. Nem akarok tovább élni.", "Hungarian"),
    ("Mans dēls nomira. Es negribu dzīvot.", "Latvian"),
    ("Oğlum öldü. Artık yaşamak istemiyorum.", "Turkish"),
    ("Depuis la mort de Léa je veux mourir.", "French"),
    ("Da quando è morto Luca voglio morire.", "Italian"),
    ("mój mąż wziął linę z garażu i wyszedł", "Polish"),
    ("zice ca ma omoara si are un cutit", "Romanian"),
    ("3am yedrobni halla2, please help", "Arabic"),
    ("gusto ko nang sumunod sa anak ko", "Tagalog"),
    ("Wiilkii wuu dhintay. Waxaan qaatay kiniinno badan.", "Somali"),
    ("Jestem na moście. Przepraszam.", "Polish"),
    ("beta saans nahi le raha, please help", "Urdu or Hindi"),
    ("A fiam búcsúlevelet hagyott, és nincs otthon.", "Hungarian"),
    ("Desde que murió mi hijo no puedo más. Esta noche me voy a tomar todas las pastillas.", "Spanish"),
    ("mera husband knife lai ke gaya hai, keh reha si ohnu maar dena", "Punjabi"),
    ("سأذهب إلى شقته الليلة ومعي البنزين وسأحرقها", "Arabic"),
    ("Beta chala gaya. Ab meri koi wajah nahi jeene ki.", "Urdu or Hindi"),
    ("unka bhai keh raha hai badla lunga aaj raat", "Urdu or Hindi"),
    ("Prosím, otec teď bije děti, slyšíme to přes zeď.", "Slovak or Czech"),
    ("الجار عم يضرب ولاده هلق", "Arabic"),
    ("Con trai tôi mất rồi. Tôi không muốn sống nữa.", "Vietnamese"),
    ("Той каза, че ще ме убие тази вечер.", "Bulgarian"),
    ("copilul vecinilor e închis afară de trei ore", "Romanian"),
    ("kuřekem mird. min dechm bo lay", "Kurdish"),
    ("我丈夫喝醉了，拿着刀在客厅里。", "Chinese"),
    ("我真的撑不下去了。", "Chinese"),
    ("今晚我就去陪我女儿。", "Chinese"),
    ("Брат стоит на мосту и говорит, что прыгнет.", "Ukrainian or Russian"),
    ("Он заперся в ванной с ножом.", "Ukrainian or Russian"),
    ("Сусід зараз б'є дитину, вона кричить.", "Ukrainian or Russian"),
    ("A férjem kiment egy kötéllel és nem veszi fel.", "Hungarian"),
    ("Azt kiabálja, hogy megöli a gyereket.", "Hungarian"),
    ("Jos vyras stovi ant stogo ir nekalba.", "Lithuanian"),
    ("man dige nemitoonam. khodamo mikosham emshab", "Farsi"),
    ("شوهرم با چاقو دنبال بچه‌هاست", "Farsi"),
    ("وہ کہتی ہے میں بھی مر جاؤں گی", "Urdu or Hindi"),
    ("ਉਹ ਕਹਿੰਦਾ ਮੈਂ ਵੀ ਉਹਦੇ ਕੋਲ ਜਾਣਾ", "Punjabi"),
    ("আমার বোন বলছে সে ছাদ থেকে লাফ দেবে", "Bengali"),
    ("tain koilo nodit zaibo, fon dorer na", "Bengali"),
    ("Waan boodayaa, iga raali ahaada.", "Somali"),
    ("Ông ấy say rượu và nói sẽ giết mẹ tôi.", "Vietnamese"),
    ("Mẹ nó đang đánh con bé ở ngoài sân.", "Vietnamese"),
    ("أخي يجلس على حافة السطح ولا يرد", "Arabic"),
    ("pupuntahan ko na si bunso, paalam", "Tagalog"),
    ("Otec zamkol dieťa von na balkón a nepustí ho dnu.", "Slovak or Czech"),
    ("Vecinul ține copilul afară pe balcon de o oră.", "Romanian"),
    ("എനിക്ക് ഇനി ജീവിക്കാൻ കഴിയില്ല.", "Malayalam"),
    ("என்னைக் கொல்லப் போகிறேன்.", "Tamil"),
    ("ዛሬ ራሴን አጠፋለሁ።", "Amharic"),
    ("Burri po rreh fëmijën tani.", "Albanian"),
])
def test_it_reads_crisis_phrases_in_the_languages_families_write_in(text, language):
    assert crisis_reason(text).startswith(f"crisis language ({language}):")


@pytest.mark.parametrize("text", [
    "Dzień dobry, mój syn zmarł w marcu w szpitalu w Preston. Kiedy będzie spotkanie?",
    "Meri beti ki wafat ko 6 mahine ho gaye. Review kab hoga?",
    "Mi hija murió en junio. No puedo seguir el enlace que me enviaron, ¿me lo pueden reenviar?",
    "Fiul meu a murit în ianuarie. Mă bate gândul să vă scriu de mult.",
    "Meu filho morreu por suicídio em março. Gostaria de saber sobre a revisão.",
    "Não aguento mais esperar pelo relatório, já passaram seis meses.",
    "Mano sūnus mirė rugsėjį. Kada bus posėdis?",
    "amar chele mara geche 5 mash age. review kobe hobe?",
    "Questo modulo mi ammazza, dove carico l'allegato?",
    "Ce formulaire va me tuer, où est le lien?",
    "Мій син помер у березні. Коли буде засідання?",
    "我儿子三月去世了。请问什么时候开会？",
    "Skoczę do sklepu i zaraz oddzwonię.",
    "Anak ko namatay noong Marso. Kailan ang pulong?",
    "Con gái tôi mất tháng 9. Khi nào có cuộc họp?",
    "Синът ми почина през юли. Кога е срещата?",
    "A bánat megöli az embert, de köszönöm a levelet.",
    "پسرم سال گذشته با چاقو کشته شد. جلسه کی است؟",
    "我儿子去年在医院走了，请问报告什么时候好？",
    "Мой сын умер в июне. Когда будет встреча?",
])
def test_a_death_or_a_question_in_another_language_is_not_a_crisis(text):
    assert crisis_reason(text) is None


# written apart from the rules (triage/data/README.md)
INDEPENDENT = ("pc-", "pn-", "qa-", "qb-", "qc-", "qd-", "qe-", "qf-", "qg-", "qh-", "qi-", "qj-", "qk-", "ql-",
               "qm-", "qn-", "qo-", "qp-", "qq-", "qr-", "qs-", "qt-", "qu-", "qv-", "qw-", "qx-", "qy-", "qz-",
               "ra-", "rb-", "rc-", "rd-", "re-", "rf-", "rg-", "rh-", "ri-", "rj-",
               "rk-", "rl-", "rm-", "rn-", "ro-", "rp-", "rq-", "rr-", "rs-", "rt-", "ru-", "rv-",
               "rw-", "rx-", "ry-", "rz-", "sa-", "sb-", "sc-", "sd-", "se-", "sf-", "sg-", "sh-")


def _caught(rows: list[dict]) -> tuple[set[str], set[str]]:
    flagged = {row["id"] for row in rows if crisis_reason(f"{row['subject']}\n\n{row['body']}")}
    return flagged, {row["id"] for row in rows if "crisis" in row["flags"]}


def test_it_finds_nearly_every_crisis_in_the_training_examples_it_was_written_from():
    # On dev the model and the rule together must find every crisis (test_triage_model), which
    # is the guarantee that matters.
    flagged, crisis = _caught([row for row in examples("train") if not row["id"].startswith(INDEPENDENT)])
    assert len(crisis - flagged) / len(crisis) <= 0.01, sorted(crisis - flagged)
    assert len(crisis & flagged) / len(flagged) >= 0.85


def test_alone_it_finds_most_crises_written_apart_from_it():
    # 0.76 of the independent writers' training crises (the model finds the others): the rule
    # is a net for plain and known wordings, not a replacement for the model.
    flagged, crisis = _caught([row for row in examples("train") if row["id"].startswith(INDEPENDENT)])
    assert len(crisis & flagged) / len(crisis) >= 0.7
    assert len(crisis & flagged) / len(flagged) >= 0.85


def test_the_rule_and_the_function_agree_on_labelled_examples():
    row = next(r for r in examples() if "crisis" in r["flags"])
    assert CrisisRule().check(as_input(row)) == crisis_reason(f"{row['subject']}\n\n{row['body']}")
