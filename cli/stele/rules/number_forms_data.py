"""Made from unicode-rbnf by ``pytest tests/test_number_forms.py --update-golden``: do not edit."""

FORMS: dict[str, str] = {
    'af': (
        'agt 8 agthonderd 800 agttien 18 dertien 13 dertig 30 drie 3 driehonderd 300 een 1 elf 11 honderd 100 '
        'nege 9 negehonderd 900 negentien 19 negentig 90 ses 6 seshonderd 600 sestien 16 sestig 60 sewe 7 '
        'sewehonderd 700 sewentien 17 sewentig 70 tagtig 80 tien 10 twaalf 12 twee 2 tweehonderd 200 twintig '
        '20 veertien 14 veertig 40 vier 4 vierhonderd 400 vyf 5 vyfhonderd 500 vyftien 15 vyftig 50'
    ),
    'ak': (
        'abiasa 3 abien 2 aduakron 90 aduanan 40 aduanum 50 aduasa 30 aduasia 60 aduasuon 70 aduawɔtwe 80 '
        'aduonu 20 akron 9 anan 4 anum 5 asia 6 asuon 7 awɔtwe 8 du 10 koro 1 ɔha 100'
    ),
    'am': (
        'ሁለት 2 መቶ 100 ሦስት 3 ሰባት 7 ስምንት 8 ስድስት 6 አምስት 5 አራት 4 አስር 10 አንድ 1 ዘጠኝ 9'
    ),
    'ar': (
        'أربعة 4 أربعون 40 إثنان 2 إثنتان 2 تسعة 9 تسعون 90 ثلاثة 3 ثلاثون 30 ثمانون 80 ثمانية 8 خمسة 5 خمسون '
        '50 سبعة 7 سبعون 70 ستة 6 ستون 60 عشرة 10 عشرون 20 مائة 100 مائتان 200 واحد 1 واحدة 1'
    ),
    'az': (
        'altı 6 atmış 60 beş 5 bir 1 doqquz 9 doxsan 90 dörd 4 iki 2 iyirmi 20 on 10 otuz 30 qırx 40 səkkiz 8 '
        'səqsən 80 yeddi 7 yetmiş 70 üç 3 əlli 50'
    ),
    'be': (
        'адзiн 1 адзінаццаць 11 адна 1 адно 1 васямнаццаць 18 васямсот 800 восем 8 восемдзесят 80 восемсот '
        '800 два 2 дванаццаць 12 дваццаць 20 дзве 2 дзвесце 200 дзевяноста 90 дзевятнаццаць 19 дзевяць 9 '
        'дзевяцьсот 900 дзесяць 10 пятнаццаць 15 пяць 5 пяцьдзесят 50 пяцьдзясят 50 пяцьсот 500 сем 7 '
        'семдзесят 70 семсот 700 сорак 40 сто 100 сямнаццаць 17 сямсот 700 тры 3 трынаццаць 13 трыста 300 '
        'трыццаць 30 чатырнаццаць 14 чатыры 4 чатырыста 400 шаснаццаць 16 шэсць 6 шэсцьдзесят 60 шэсцьсот 600'
    ),
    'bg': (
        'два 2 двадесет 20 двайсет 20 двама 2 дванадесет 12 дванайсет 12 две 2 двеста 200 девет 9 деветдесет '
        '90 деветнадесет 19 деветнайсет 19 деветстотин 900 десет 10 един 1 единадесет 11 единайсет 11 една 1 '
        'едно 1 осем 8 осемдесет 80 осемнадесет 18 осемнайсет 18 осемстотин 800 пет 5 петдесет 50 петима 5 '
        'петнадесет 15 петнайсет 15 петстотин 500 седем 7 седемдесет 70 седемнадесет 17 седемнайсет 17 '
        'седемстотин 700 сто 100 три 3 тридесет 30 трийсет 30 трима 3 тринадесет 13 тринайсет 13 триста 300 '
        'четиресет 40 четири 4 четиридесет 40 четирима 4 четиринадесет 14 четиринайсет 14 четиристотин 400 '
        'шейсет 60 шест 6 шестдесет 60 шестима 6 шестнадесет 16 шестнайсет 16 шестстотин 600'
    ),
    'bs': (
        'deset 10 devedeset 90 devet 9 devetnaest 19 devetsto 900 dva 2 dvadeset 20 dvanaest 12 dve 2 dvesta '
        '200 jedan 1 jedenaest 11 jedinica 1 jedno 1 osam 8 osamdeset 80 osamnaest 18 osamsto 800 pedeset 50 '
        'pet 5 petnaest 15 petsto 500 sedam 7 sedamdeset 70 sedamnaest 17 sedamsto 700 sto 100 tri 3 trideset '
        '30 trinaest 13 trista 300 četiri 4 četrdeset 40 četristo 400 četrnaest 14 šest 6 šestnaest 16 šesto '
        '600 šezdeset 60'
    ),
    'ca': (
        'catorze 14 cent 100 cinc 5 cinquanta 50 deu 10 dinou 19 disset 17 divuit 18 dos 2 dotze 12 dues 2 '
        'noranta 90 nou 9 onze 11 quaranta 40 quatre 4 quinze 15 seixanta 60 set 7 setanta 70 setze 16 sis 6 '
        'trenta 30 tres 3 tretze 13 un 1 una 1 vint 20 vuit 8 vuitanta 80'
    ),
    'chr': (
        'ᎦᎵᏆᏍᎪᎯ 70 ᎦᎵᏆᏚ 17 ᎦᎵᏉᎩ 7 ᎯᏍᎦᏚ 15 ᎯᏍᎩ 5 ᎯᏍᎩᏍᎪᎯ 50 ᏁᎳᏚ 18 ᏂᎦᏚ 14 ᏅᎩ 4 ᏅᎩᏍᎪᎯ 40 ᏌᏚ 11 ᏍᎪᎯ 10 ᏐᏁᎳ 9 '
        'ᏐᏁᎳᏍᎪᎯ 90 ᏐᏁᎳᏚ 19 ᏐᏬ 1 ᏑᏓᎵ 6 ᏑᏓᎵᏍᎪᎯ 60 ᏓᎳᏚ 16 ᏔᎵ 2 ᏔᎵᏍᎪᎯ 20 ᏔᎵᏚ 12 ᏦᎢ 3 ᏦᎢᏍᎪᎯ 30 ᏦᎦᏚ 13 ᏧᏁᎳ 8 ᏧᏁᎳᏍᎪᎯ '
        '80'
    ),
    'cs': (
        'deset 10 devadesát 90 devatenáct 19 devět 9 dva 2 dvacet 20 dvanáct 12 dvě 2 jeden 1 jedenáct 11 '
        'jedna 1 jedno 1 osm 8 osmdesát 80 osmnáct 18 padesát 50 patnáct 15 pět 5 sedm 7 sedmdesát 70 '
        'sedmnáct 17 sto 100 tři 3 třicet 30 třináct 13 čtrnáct 14 čtyři 4 čtyřicet 40 šedesát 60 šest 6 '
        'šestnáct 16'
    ),
    'cy': (
        'chwe 6 chwech 6 dau 2 dwy 2 naw 9 pedair 4 pedwar 4 pum 5 pump 5 saith 7 tair 3 tri 3 un 1 wyth 8'
    ),
    'da': (
        'atten 18 elleve 11 en 1 et 1 fem 5 femhundrede 500 femten 15 fire 4 firehundrede 400 firs 80 fjorten '
        '14 fyrre 40 halvfems 90 halvfjerds 70 halvtreds 50 hundrede 100 ni 9 nihundrede 900 nitten 19 otte 8 '
        'ottehundrede 800 seks 6 sekshundrede 600 seksten 16 sytten 17 syv 7 syvhundrede 700 ti 10 to 2 '
        'tohundrede 200 tolv 12 tre 3 tredive 30 trehundrede 300 tres 60 tretten 13 tyve 20'
    ),
    'de': (
        'acht 8 achthundert 800 achtzehn 18 achtzig 80 drei 3 dreihundert 300 dreissig 30 dreizehn 13 eine 1 '
        'einem 1 einen 1 einer 1 eines 1 einhundert 100 elf 11 fünf 5 fünfhundert 500 fünfzehn 15 fünfzig 50 '
        'neun 9 neunhundert 900 neunzehn 19 neunzig 90 sechs 6 sechshundert 600 sechzehn 16 sechzig 60 sieben '
        '7 siebenhundert 700 siebzehn 17 siebzig 70 vier 4 vierhundert 400 vierzehn 14 vierzig 40 zehn 10 '
        'zwanzig 20 zwei 2 zweihundert 200 zwölf 12'
    ),
    'ee': (
        'ade 6 adre 7 asieke 9 blaade 60 blaadre 70 blaasieke 90 blaene 40 blaenyi 80 blaeve 20 ene 4 enyi 8 '
        'eve 2 ewo 10 wuiade 16 wuiadre 17 wuiasieke 19 wuiene 14 wuienyi 18 wuieve 12 wuiɖekɛ 11 ɖeka 1'
    ),
    'el': (
        'ένα 1 ένασ 1 έντεκα 11 έξι 6 δέκα 10 δεκαέξι 16 δεκαεννέα 19 δεκαεπτά 17 δεκαοκτώ 18 δεκαπέντε 15 '
        'δεκατέσσερα 14 δεκατέσσερισ 14 δεκατρία 13 δεκατρεισ 13 διακόσια 200 διακόσιεσ 200 διακόσιοι 200 δύο '
        '2 δώδεκα 12 είκοσι 20 εβδομήντα 70 εκατό 100 εννέα 9 εννενήντα 90 εννιακόσια 900 εννιακόσιεσ 900 '
        'εννιακόσιοι 900 εξήντα 60 εξακόσια 600 εξακόσιεσ 600 εξακόσιοι 600 επτά 7 επτακόσια 700 επτακόσιεσ '
        '700 επτακόσιοι 700 μία 1 ογδόντα 80 οκτακόσια 800 οκτακόσιεσ 800 οκτακόσιοι 800 οκτώ 8 πέντε 5 '
        'πενήντα 50 πεντακόσια 500 πεντακόσιεσ 500 πεντακόσιοι 500 σαράντα 40 τέσσερα 4 τέσσερισ 4 τετρακόσια '
        '400 τετρακόσιεσ 400 τετρακόσιοι 400 τρία 3 τρεισ 3 τριάντα 30 τριακόσια 300 τριακόσιεσ 300 '
        'τριακόσιοι 300'
    ),
    'en': (
        'eight 8 eighteen 18 eighty 80 eleven 11 fifteen 15 fifty 50 five 5 forty 40 four 4 fourteen 14 nine '
        '9 nineteen 19 ninety 90 one 1 seven 7 seventeen 17 seventy 70 six 6 sixteen 16 sixty 60 ten 10 '
        'thirteen 13 thirty 30 three 3 twelve 12 twenty 20 two 2'
    ),
    'eo': (
        'cent 100 dek 10 du 2 ducent 200 dudek 20 kvar 4 kvarcent 400 kvardek 40 kvin 5 kvincent 500 kvindek '
        '50 naŭ 9 naŭcent 900 naŭdek 90 ok 8 okcent 800 okdek 80 sep 7 sepcent 700 sepdek 70 ses 6 sescent '
        '600 sesdek 60 tri 3 tricent 300 tridek 30 unu 1'
    ),
    'es': (
        'catorce 14 cien 100 cinco 5 cincuenta 50 cuarenta 40 cuatro 4 cuatrocientas 400 cuatrocientos 400 '
        'diecinueve 19 dieciocho 18 diecisiete 17 dieciséis 16 diez 10 doce 12 dos 2 doscientas 200 '
        'doscientos 200 novecientas 900 novecientos 900 noventa 90 nueve 9 ochenta 80 ocho 8 ochocientas 800 '
        'ochocientos 800 once 11 quince 15 quinientas 500 quinientos 500 seis 6 seiscientas 600 seiscientos '
        '600 sesenta 60 setecientas 700 setecientos 700 setenta 70 siete 7 trece 13 treinta 30 tres 3 '
        'trescientas 300 trescientos 300 un 1 una 1 veinte 20'
    ),
    'et': (
        'kaheksa 8 kaheksakümmend 80 kaheksasada 800 kaheksateist 18 kaks 2 kakskümmend 20 kakssada 200 '
        'kaksteist 12 kolm 3 kolmkümmend 30 kolmsada 300 kolmteist 13 kuus 6 kuuskümmend 60 kuussada 600 '
        'kuusteist 16 kümme 10 neli 4 nelikümmend 40 nelisada 400 neliteist 14 seitse 7 seitsekümmend 70 '
        'seitsesada 700 seitseteist 17 viis 5 viiskümmend 50 viissada 500 viisteist 15 üheksa 9 üheksakümmend '
        '90 üheksasada 900 üheksateist 19 üks 1 ükssada 100 üksteist 11'
    ),
    'fa': (
        'بیست 20 ده 10 دو 2 دوازده 12 دویست 200 سه 3 سی 30 سیزده 13 سیصد 300 شانزده 16 شش 6 ششصد 600 شصت 60 '
        'صد 100 نه 9 نهصد 900 نود 90 نوزده 19 هجده 18 هشت 8 هشتاد 80 هشتصد 800 هفت 7 هفتاد 70 هفتصد 700 هفده '
        '17 پانزده 15 پانصد 500 پنج 5 پنجاه 50 چهار 4 چهارده 14 چهارصد 400 چهل 40 یازده 11 یک 1'
    ),
    'ff': (
        'gooto 1 goʼo 1 jeegomo 6 jeegoʼo 6 jeenawi 9 jeenawo 9 jeetati 8 jeetato 8 jeeɗiɗi 7 jeeɗiɗo 7 jowi '
        '5 nawi 4 nawo 4 njowo 5 noogas 20 sappo 10 tati 3 tato 3 ɗiɗi 2 ɗiɗo 2'
    ),
    'fi': (
        'kahdeksaa 8 kahdeksaakymmentä 80 kahdeksaan 8 kahdeksaankymmeneen 80 kahdeksaansataan 800 '
        'kahdeksaantoista 18 kahdeksaasataa 800 kahdeksaatoista 18 kahdeksaksi 8 kahdeksaksikymmeneksi 80 '
        'kahdeksaksisadaksi 800 kahdeksaksitoista 18 kahdeksalla 8 kahdeksallakymmenellä 80 '
        'kahdeksallasadalla 800 kahdeksallatoista 18 kahdeksalle 8 kahdeksallekymmenelle 80 '
        'kahdeksallesadalle 800 kahdeksalletoista 18 kahdeksalta 8 kahdeksaltakymmeneltä 80 '
        'kahdeksaltasadalta 800 kahdeksaltatoista 18 kahdeksan 8 kahdeksana 8 kahdeksanakymmenenä 80 '
        'kahdeksanasatana 800 kahdeksanatoista 18 kahdeksankymmenen 80 kahdeksankymmentä 80 kahdeksansadan '
        '800 kahdeksansataa 800 kahdeksantoista 18 kahdeksassa 8 kahdeksassakymmenessä 80 kahdeksassasadassa '
        '800 kahdeksassatoista 18 kahdeksasta 8 kahdeksastakymmenestä 80 kahdeksastasadasta 800 '
        'kahdeksastatoista 18 kahdeksat 8 kahdeksattoista 18 kahdeksi 2 kahdeksia 8 kahdeksiakymmeniä 80 '
        'kahdeksiasatoja 800 kahdeksiatoista 18 kahdeksien 8 kahdeksienkymmenien 80 kahdeksiensatojen 800 '
        'kahdeksientoista 18 kahdeksiin 8 kahdeksiinkymmeniin 80 kahdeksiinsatoihin 800 kahdeksiintoista 18 '
        'kahdeksiksi 8 kahdeksiksikymmeniksi 80 kahdeksiksisadoiksi 800 kahdeksiksitoista 18 '
        'kahdeksikymmeneksi 20 kahdeksilla 8 kahdeksillakymmenillä 80 kahdeksillasadoilla 800 '
        'kahdeksillatoista 18 kahdeksille 8 kahdeksillekymmenille 80 kahdeksillesadoille 800 '
        'kahdeksilletoista 18 kahdeksilta 8 kahdeksiltakymmeniltä 80 kahdeksiltasadoilta 800 '
        'kahdeksiltatoista 18 kahdeksina 8 kahdeksinakymmeninä 80 kahdeksinasatoina 800 kahdeksinatoista 18 '
        'kahdeksisadaksi 200 kahdeksissa 8 kahdeksissakymmenissä 80 kahdeksissasadoissa 800 kahdeksissatoista '
        '18 kahdeksista 8 kahdeksistakymmenistä 80 kahdeksistasadoista 800 kahdeksistatoista 18 '
        'kahdeksitoista 12 kahdella 2 kahdellakymmenellä 20 kahdellasadalla 200 kahdellatoista 12 kahdelle 2 '
        'kahdellekymmenelle 20 kahdellesadalle 200 kahdelletoista 12 kahdelta 2 kahdeltakymmeneltä 20 '
        'kahdeltasadalta 200 kahdeltatoista 12 kahden 2 kahdenkymmenen 20 kahdensadan 200 kahdentoista 12 '
        'kahdessa 2 kahdessakymmenessä 20 kahdessasadassa 200 kahdessatoista 12 kahdesta 2 kahdestakymmenestä '
        '20 kahdestasadasta 200 kahdestatoista 12 kahdet 2 kahdettoista 12 kahta 2 kahtakymmentä 20 '
        'kahtasataa 200 kahtatoista 12 kahteen 2 kahteenkymmeneen 20 kahteensataan 200 kahteentoista 12 '
        'kahtena 2 kahtenakymmenenä 20 kahtenasatana 200 kahtenatoista 12 kaksi 2 kaksia 2 kaksiakymmeniä 20 '
        'kaksiasatoja 200 kaksiatoista 12 kaksien 2 kaksienkymmenien 20 kaksiensatojen 200 kaksientoista 12 '
        'kaksiin 2 kaksiinkymmeniin 20 kaksiinsatoihin 200 kaksiintoista 12 kaksiksi 2 kaksiksikymmeniksi 20 '
        'kaksiksisadoiksi 200 kaksiksitoista 12 kaksikymmentä 20 kaksilla 2 kaksillakymmenillä 20 '
        'kaksillasadoilla 200 kaksillatoista 12 kaksille 2 kaksillekymmenille 20 kaksillesadoille 200 '
        'kaksilletoista 12 kaksilta 2 kaksiltakymmeniltä 20 kaksiltasadoilta 200 kaksiltatoista 12 kaksina 2 '
        'kaksinakymmeninä 20 kaksinasatoina 200 kaksinatoista 12 kaksisataa 200 kaksissa 2 kaksissakymmenissä '
        '20 kaksissasadoissa 200 kaksissatoista 12 kaksista 2 kaksistakymmenistä 20 kaksistasadoista 200 '
        'kaksistatoista 12 kaksitoista 12 kolme 3 kolmea 3 kolmeakymmentä 30 kolmeasataa 300 kolmeatoista 13 '
        'kolmeen 3 kolmeenkymmeneen 30 kolmeensataan 300 kolmeentoista 13 kolmeksi 3 kolmeksikymmeneksi 30 '
        'kolmeksisadaksi 300 kolmeksitoista 13 kolmekymmentä 30 kolmella 3 kolmellakymmenellä 30 '
        'kolmellasadalla 300 kolmellatoista 13 kolmelle 3 kolmellekymmenelle 30 kolmellesadalle 300 '
        'kolmelletoista 13 kolmelta 3 kolmeltakymmeneltä 30 kolmeltasadalta 300 kolmeltatoista 13 kolmen 3 '
        'kolmena 3 kolmenakymmenenä 30 kolmenasatana 300 kolmenatoista 13 kolmenkymmenen 30 kolmensadan 300 '
        'kolmentoista 13 kolmesataa 300 kolmessa 3 kolmessakymmenessä 30 kolmessasadassa 300 kolmessatoista '
        '13 kolmesta 3 kolmestakymmenestä 30 kolmestasadasta 300 kolmestatoista 13 kolmet 3 kolmetoista 13 '
        'kolmettoista 13 kolmia 3 kolmiakymmeniä 30 kolmiasatoja 300 kolmiatoista 13 kolmien 3 '
        'kolmienkymmenien 30 kolmiensatojen 300 kolmientoista 13 kolmiin 3 kolmiinkymmeniin 30 '
        'kolmiinsatoihin 300 kolmiintoista 13 kolmiksi 3 kolmiksikymmeniksi 30 kolmiksisadoiksi 300 '
        'kolmiksitoista 13 kolmilla 3 kolmillakymmenillä 30 kolmillasadoilla 300 kolmillatoista 13 kolmille 3 '
        'kolmillekymmenille 30 kolmillesadoille 300 kolmilletoista 13 kolmilta 3 kolmiltakymmeniltä 30 '
        'kolmiltasadoilta 300 kolmiltatoista 13 kolmina 3 kolminakymmeninä 30 kolminasatoina 300 '
        'kolminatoista 13 kolmissa 3 kolmissakymmenissä 30 kolmissasadoissa 300 kolmissatoista 13 kolmista 3 '
        'kolmistakymmenistä 30 kolmistasadoista 300 kolmistatoista 13 kuudeksi 6 kuudeksikymmeneksi 60 '
        'kuudeksisadaksi 600 kuudeksitoista 16 kuudella 6 kuudellakymmenellä 60 kuudellasadalla 600 '
        'kuudellatoista 16 kuudelle 6 kuudellekymmenelle 60 kuudellesadalle 600 kuudelletoista 16 kuudelta 6 '
        'kuudeltakymmeneltä 60 kuudeltasadalta 600 kuudeltatoista 16 kuuden 6 kuudenkymmenen 60 kuudensadan '
        '600 kuudentoista 16 kuudessa 6 kuudessakymmenessä 60 kuudessasadassa 600 kuudessatoista 16 kuudesta '
        '6 kuudestakymmenestä 60 kuudestasadasta 600 kuudestatoista 16 kuudet 6 kuudettoista 16 kuusi 6 '
        'kuusia 6 kuusiakymmeniä 60 kuusiasatoja 600 kuusiatoista 16 kuusien 6 kuusienkymmenien 60 '
        'kuusiensatojen 600 kuusientoista 16 kuusiin 6 kuusiinkymmeniin 60 kuusiinsatoihin 600 kuusiintoista '
        '16 kuusiksi 6 kuusiksikymmeniksi 60 kuusiksisadoiksi 600 kuusiksitoista 16 kuusikymmentä 60 kuusilla '
        '6 kuusillakymmenillä 60 kuusillasadoilla 600 kuusillatoista 16 kuusille 6 kuusillekymmenille 60 '
        'kuusillesadoille 600 kuusilletoista 16 kuusilta 6 kuusiltakymmeniltä 60 kuusiltasadoilta 600 '
        'kuusiltatoista 16 kuusina 6 kuusinakymmeninä 60 kuusinasatoina 600 kuusinatoista 16 kuusisataa 600 '
        'kuusissa 6 kuusissakymmenissä 60 kuusissasadoissa 600 kuusissatoista 16 kuusista 6 '
        'kuusistakymmenistä 60 kuusistasadoista 600 kuusistatoista 16 kuusitoista 16 kuuteen 6 '
        'kuuteenkymmeneen 60 kuuteensataan 600 kuuteentoista 16 kuutena 6 kuutenakymmenenä 60 kuutenasatana '
        '600 kuutenatoista 16 kuutta 6 kuuttakymmentä 60 kuuttasataa 600 kuuttatoista 16 kymmeneen 10 '
        'kymmeneksi 10 kymmenelle 10 kymmenellä 10 kymmeneltä 10 kymmenen 10 kymmenenä 10 kymmenessä 10 '
        'kymmenestä 10 kymmenet 10 kymmenien 10 kymmeniin 10 kymmeniksi 10 kymmenille 10 kymmenillä 10 '
        'kymmeniltä 10 kymmeninä 10 kymmenissä 10 kymmenistä 10 kymmeniä 10 kymmentä 10 neljien 4 '
        'neljienkymmenien 40 neljiensatojen 400 neljientoista 14 neljiin 4 neljiinkymmeniin 40 '
        'neljiinsatoihin 400 neljiintoista 14 neljiksi 4 neljiksikymmeniksi 40 neljiksisadoiksi 400 '
        'neljiksitoista 14 neljille 4 neljillekymmenille 40 neljillesadoille 400 neljilletoista 14 neljillä 4 '
        'neljilläkymmenillä 40 neljilläsadoilla 400 neljillätoista 14 neljiltä 4 neljiltäkymmeniltä 40 '
        'neljiltäsadoilta 400 neljiltätoista 14 neljinä 4 neljinäkymmeninä 40 neljinäsatoina 400 '
        'neljinätoista 14 neljissä 4 neljissäkymmenissä 40 neljissäsadoissa 400 neljissätoista 14 neljistä 4 '
        'neljistäkymmenistä 40 neljistäsadoista 400 neljistätoista 14 neljiä 4 neljiäkymmeniä 40 neljiäsatoja '
        '400 neljiätoista 14 neljä 4 neljäksi 4 neljäksikymmeneksi 40 neljäksisadaksi 400 neljäksitoista 14 '
        'neljäkymmentä 40 neljälle 4 neljällekymmenelle 40 neljällesadalle 400 neljälletoista 14 neljällä 4 '
        'neljälläkymmenellä 40 neljälläsadalla 400 neljällätoista 14 neljältä 4 neljältäkymmeneltä 40 '
        'neljältäsadalta 400 neljältätoista 14 neljän 4 neljänkymmenen 40 neljänsadan 400 neljäntoista 14 '
        'neljänä 4 neljänäkymmenenä 40 neljänäsatana 400 neljänätoista 14 neljäsataa 400 neljässä 4 '
        'neljässäkymmenessä 40 neljässäsadassa 400 neljässätoista 14 neljästä 4 neljästäkymmenestä 40 '
        'neljästäsadasta 400 neljästätoista 14 neljät 4 neljätoista 14 neljättoista 14 neljää 4 '
        'neljääkymmentä 40 neljään 4 neljäänkymmeneen 40 neljäänsataan 400 neljääntoista 14 neljääsataa 400 '
        'neljäätoista 14 sadaksi 100 sadalla 100 sadalle 100 sadalta 100 sadan 100 sadassa 100 sadasta 100 '
        'sadat 100 sadoiksi 100 sadoilla 100 sadoille 100 sadoilta 100 sadoissa 100 sadoista 100 sata 100 '
        'sataa 100 sataan 100 satana 100 satoihin 100 satoina 100 satoja 100 satojen 100 seitsemien 7 '
        'seitsemienkymmenien 70 seitsemiensatojen 700 seitsemientoista 17 seitsemiin 7 seitsemiinkymmeniin 70 '
        'seitsemiinsatoihin 700 seitsemiintoista 17 seitsemiksi 7 seitsemiksikymmeniksi 70 '
        'seitsemiksisadoiksi 700 seitsemiksitoista 17 seitsemille 7 seitsemillekymmenille 70 '
        'seitsemillesadoille 700 seitsemilletoista 17 seitsemillä 7 seitsemilläkymmenillä 70 '
        'seitsemilläsadoilla 700 seitsemillätoista 17 seitsemiltä 7 seitsemiltäkymmeniltä 70 '
        'seitsemiltäsadoilta 700 seitsemiltätoista 17 seitseminä 7 seitseminäkymmeninä 70 seitseminäsatoina '
        '700 seitseminätoista 17 seitsemissä 7 seitsemissäkymmenissä 70 seitsemissäsadoissa 700 '
        'seitsemissätoista 17 seitsemistä 7 seitsemistäkymmenistä 70 seitsemistäsadoista 700 '
        'seitsemistätoista 17 seitsemiä 7 seitsemiäkymmeniä 70 seitsemiäsatoja 700 seitsemiätoista 17 '
        'seitsemäksi 7 seitsemäksikymmeneksi 70 seitsemäksisadaksi 700 seitsemäksitoista 17 seitsemälle 7 '
        'seitsemällekymmenelle 70 seitsemällesadalle 700 seitsemälletoista 17 seitsemällä 7 '
        'seitsemälläkymmenellä 70 seitsemälläsadalla 700 seitsemällätoista 17 seitsemältä 7 '
        'seitsemältäkymmeneltä 70 seitsemältäsadalta 700 seitsemältätoista 17 seitsemän 7 seitsemänkymmenen '
        '70 seitsemänkymmentä 70 seitsemänsadan 700 seitsemänsataa 700 seitsemäntoista 17 seitsemänä 7 '
        'seitsemänäkymmenenä 70 seitsemänäsatana 700 seitsemänätoista 17 seitsemässä 7 seitsemässäkymmenessä '
        '70 seitsemässäsadassa 700 seitsemässätoista 17 seitsemästä 7 seitsemästäkymmenestä 70 '
        'seitsemästäsadasta 700 seitsemästätoista 17 seitsemät 7 seitsemättoista 17 seitsemää 7 '
        'seitsemääkymmentä 70 seitsemään 7 seitsemäänkymmeneen 70 seitsemäänsataan 700 seitsemääntoista 17 '
        'seitsemääsataa 700 seitsemäätoista 17 viideksi 5 viideksikymmeneksi 50 viideksisadaksi 500 '
        'viideksitoista 15 viidelle 5 viidellekymmenelle 50 viidellesadalle 500 viidelletoista 15 viidellä 5 '
        'viidelläkymmenellä 50 viidelläsadalla 500 viidellätoista 15 viideltä 5 viideltäkymmeneltä 50 '
        'viideltäsadalta 500 viideltätoista 15 viiden 5 viidenkymmenen 50 viidensadan 500 viidentoista 15 '
        'viidessä 5 viidessäkymmenessä 50 viidessäsadassa 500 viidessätoista 15 viidestä 5 viidestäkymmenestä '
        '50 viidestäsadasta 500 viidestätoista 15 viidet 5 viidettoista 15 viisi 5 viisien 5 viisienkymmenien '
        '50 viisiensatojen 500 viisientoista 15 viisiin 5 viisiinkymmeniin 50 viisiinsatoihin 500 '
        'viisiintoista 15 viisiksi 5 viisiksikymmeniksi 50 viisiksisadoiksi 500 viisiksitoista 15 '
        'viisikymmentä 50 viisille 5 viisillekymmenille 50 viisillesadoille 500 viisilletoista 15 viisillä 5 '
        'viisilläkymmenillä 50 viisilläsadoilla 500 viisillätoista 15 viisiltä 5 viisiltäkymmeniltä 50 '
        'viisiltäsadoilta 500 viisiltätoista 15 viisinä 5 viisinäkymmeninä 50 viisinäsatoina 500 '
        'viisinätoista 15 viisisataa 500 viisissä 5 viisissäkymmenissä 50 viisissäsadoissa 500 viisissätoista '
        '15 viisistä 5 viisistäkymmenistä 50 viisistäsadoista 500 viisistätoista 15 viisitoista 15 viisiä 5 '
        'viisiäkymmeniä 50 viisiäsatoja 500 viisiätoista 15 viiteen 5 viiteenkymmeneen 50 viiteensataan 500 '
        'viiteentoista 15 viitenä 5 viitenäkymmenenä 50 viitenäsatana 500 viitenätoista 15 viittä 5 '
        'viittäkymmentä 50 viittäsataa 500 viittätoista 15 yhdeksi 1 yhdeksien 9 yhdeksienkymmenien 90 '
        'yhdeksiensatojen 900 yhdeksientoista 19 yhdeksiin 9 yhdeksiinkymmeniin 90 yhdeksiinsatoihin 900 '
        'yhdeksiintoista 19 yhdeksiksi 9 yhdeksiksikymmeniksi 90 yhdeksiksisadoiksi 900 yhdeksiksitoista 19 '
        'yhdeksille 9 yhdeksillekymmenille 90 yhdeksillesadoille 900 yhdeksilletoista 19 yhdeksillä 9 '
        'yhdeksilläkymmenillä 90 yhdeksilläsadoilla 900 yhdeksillätoista 19 yhdeksiltä 9 yhdeksiltäkymmeniltä '
        '90 yhdeksiltäsadoilta 900 yhdeksiltätoista 19 yhdeksinä 9 yhdeksinäkymmeninä 90 yhdeksinäsatoina 900 '
        'yhdeksinätoista 19 yhdeksissä 9 yhdeksissäkymmenissä 90 yhdeksissäsadoissa 900 yhdeksissätoista 19 '
        'yhdeksistä 9 yhdeksistäkymmenistä 90 yhdeksistäsadoista 900 yhdeksistätoista 19 yhdeksitoista 11 '
        'yhdeksiä 9 yhdeksiäkymmeniä 90 yhdeksiäsatoja 900 yhdeksiätoista 19 yhdeksäksi 9 '
        'yhdeksäksikymmeneksi 90 yhdeksäksisadaksi 900 yhdeksäksitoista 19 yhdeksälle 9 yhdeksällekymmenelle '
        '90 yhdeksällesadalle 900 yhdeksälletoista 19 yhdeksällä 9 yhdeksälläkymmenellä 90 yhdeksälläsadalla '
        '900 yhdeksällätoista 19 yhdeksältä 9 yhdeksältäkymmeneltä 90 yhdeksältäsadalta 900 yhdeksältätoista '
        '19 yhdeksän 9 yhdeksänkymmenen 90 yhdeksänkymmentä 90 yhdeksänsadan 900 yhdeksänsataa 900 '
        'yhdeksäntoista 19 yhdeksänä 9 yhdeksänäkymmenenä 90 yhdeksänäsatana 900 yhdeksänätoista 19 '
        'yhdeksässä 9 yhdeksässäkymmenessä 90 yhdeksässäsadassa 900 yhdeksässätoista 19 yhdeksästä 9 '
        'yhdeksästäkymmenestä 90 yhdeksästäsadasta 900 yhdeksästätoista 19 yhdeksät 9 yhdeksättoista 19 '
        'yhdeksää 9 yhdeksääkymmentä 90 yhdeksään 9 yhdeksäänkymmeneen 90 yhdeksäänsataan 900 yhdeksääntoista '
        '19 yhdeksääsataa 900 yhdeksäätoista 19 yhdelle 1 yhdelletoista 11 yhdellä 1 yhdellätoista 11 yhdeltä '
        '1 yhdeltätoista 11 yhden 1 yhdentoista 11 yhdessä 1 yhdessätoista 11 yhdestä 1 yhdestätoista 11 '
        'yhdet 1 yhdettoista 11 yhteen 1 yhteentoista 11 yhtenä 1 yhtenätoista 11 yhtä 1 yhtätoista 11 yksi 1 '
        'yksien 1 yksientoista 11 yksiin 1 yksiintoista 11 yksiksi 1 yksiksitoista 11 yksille 1 yksilletoista '
        '11 yksillä 1 yksillätoista 11 yksiltä 1 yksiltätoista 11 yksinä 1 yksinätoista 11 yksissä 1 '
        'yksissätoista 11 yksistä 1 yksistätoista 11 yksitoista 11 yksiä 1 yksiätoista 11'
    ),
    'fil': (
        'anim 6 dalawá 2 isá 1 limá 5 pitó 7 sampû 10 siyám 9 tatló 3 waló 8 ápat 4'
    ),
    'fo': (
        'ein 1 eitt 1 eitthundrað 100 ellivu 11 fimm 5 fimmhundrað 500 fimmti 50 fjúrtan 14 fímtan 15 fýrati '
        '40 fýre 4 fýrehundrað 400 níggju 9 níggjuhundrað 900 níti 90 nítjan 19 seks 6 sekshundrað 600 '
        'sekstan 16 seksti 60 seytan 17 sjey 7 sjeyhundrað 700 sjeyti 70 tjúgo 20 trettan 13 tríati 30 '
        'tríggir 3 tríggjar 3 trý 3 trýhundrað 300 tveir 2 tvey 2 tveyhundrað 200 tvær 2 tíggju 10 tólv 12 '
        'átjan 18 átta 8 áttahundrað 800 áttati 80'
    ),
    'fr': (
        'cent 100 cinq 5 cinquante 50 deux 2 dix 10 douze 12 huit 8 neuf 9 onze 11 quarante 40 quatorze 14 '
        'quatre 4 quinze 15 seize 16 sept 7 six 6 soixante 60 treize 13 trente 30 trois 3 un 1 une 1 vingt 20'
    ),
    'ga': (
        'caoga 50 céad 100 daichead 40 fiche 20 nócha 90 ochtó 80 seachtó 70 seasca 60 tríocha 30'
    ),
    'he': (
        'אחד 1 אחת 1 ארבע 4 ארבעה 4 ארבעים 40 חמישה 5 חמישים 50 חמש 5 מאה 100 מאתיים 200 עשר 10 עשרה 10 עשרים '
        '20 שבע 7 שבעה 7 שבעים 70 שישה 6 שישים 60 שלוש 3 שלושה 3 שלושים 30 שמונה 8 שמונים 80 שני 2 שניים 2 שש '
        '6 שתי 2 שתיים 2 תשע 9 תשעה 9 תשעים 90'
    ),
    'hi': (
        'आठ 8 एक 1 छह 6 दस 10'
    ),
    'hr': (
        'deset 10 devedeset 90 devet 9 devetnaest 19 devetsto 900 dva 2 dvadeset 20 dvanaest 12 dvije 2 '
        'dvjesto 200 jedan 1 jedanaest 11 jedna 1 jedno 1 osam 8 osamdeset 80 osamnaest 18 osamsto 800 '
        'pedeset 50 pet 5 petnaest 15 petsto 500 sedam 7 sedamdeset 70 sedamnaest 17 sedamsto 700 sto 100 tri '
        '3 trideset 30 trinaest 13 tristo 300 četiri 4 četiristo 400 četrdeset 40 četrnaest 14 šesnaest 16 '
        'šest 6 šeststo 600 šezdeset 60'
    ),
    'hu': (
        'egy 1 harminc 30 hat 6 hatszáz 600 hatvan 60 hetven 70 három 3 háromszáz 300 hét 7 hétszáz 700 húsz '
        '20 kettő 2 kilenc 9 kilencszáz 900 kilencven 90 kétszáz 200 negyven 40 nyolc 8 nyolcszáz 800 '
        'nyolcvan 80 négy 4 négyszáz 400 száz 100 tizenegy 11 tizenhat 16 tizenhárom 13 tizenhét 17 '
        'tizenkettő 12 tizenkilenc 19 tizennyolc 18 tizennégy 14 tizenöt 15 tíz 10 öt 5 ötszáz 500 ötven 50'
    ),
    'hy': (
        'երեսուն 30 երեք 3 երեքհարյուր 300 երկու 2 երկուհարյուր 200 ինը 9 ինըհարյուր 900 իննասուն 90 հինգ 5 '
        'հինգհարյուր 500 հիսուն 50 մեկ 1 մեկհարյուր 100 յոթ 7 յոթանասուն 70 յոթհարյուր 700 ութ 8 ութհարյուր '
        '800 ութսուն 80 չորս 4 չորսհարյուր 400 վաթսուն 60 վեց 6 վեցհարյուր 600 տասն 10 տասներեք 13 տասներկու '
        '12 տասնինը 19 տասնհինգ 15 տասնմեկ 11 տասնյոթ 17 տասնութ 18 տասնչորս 14 տասնվեց 16 քառասուն 40 քսան '
        '20'
    ),
    'id': (
        'delapan 8 dua 2 empat 4 enam 6 lima 5 satu 1 sebelas 11 sembilan 9 sepuluh 10 seratus 100 tiga 3 '
        'tujuh 7'
    ),
    'is': (
        'ein 1 einn 1 eitt 1 eitthundrað 100 ellefu 11 fimm 5 fimmhundrað 500 fimmtán 15 fimmtíu 50 fjórar 4 '
        'fjórir 4 fjórtán 14 fjögur 4 fjögurhundrað 400 fjörutíu 40 nítján 19 níu 9 níuhundrað 900 níutíu 90 '
        'sautján 17 sex 6 sexhundrað 600 sextán 16 sextíu 60 sjó 7 sjóhundrað 700 sjötíu 70 tuttugu 20 tveir '
        '2 tvær 2 tvö 2 tvöhundrað 200 tíu 10 tólf 12 átján 18 átta 8 áttahundrað 800 áttatíu 80 þrettán 13 '
        'þrjár 3 þrjátíu 30 þrjú 3 þrjúhundrað 300 þrír 3'
    ),
    'it': (
        'cento 100 cinquanta 50 cinque 5 cinquecento 500 diciannove 19 diciassette 17 diciotto 18 dieci 10 '
        'dodici 12 due 2 duecento 200 novanta 90 nove 9 novecento 900 ottanta 80 otto 8 ottocento 800 '
        'quaranta 40 quattordici 14 quattro 4 quattrocento 400 quindici 15 sedici 16 sei 6 seicento 600 '
        'sessanta 60 settanta 70 sette 7 settecento 700 tre 3 trecento 300 tredici 13 trenta 30 un 1 una 1 '
        'undici 11 venti 20'
    ),
    'ka': (
        'ათი 10 ასი 100 ერთი 1 ექვსასი 600 ექვსი 6 თერთმეტი 11 თექვსმეტი 16 თოთხმეტი 14 თორმეტი 12 თრვამეტი '
        '18 თხუთმეტი 15 ოთხასი 400 ოთხი 4 ოთხმოცდაათი 90 ოთხმოცი 80 ორასი 200 ორი 2 ორმოცდაათი 50 ორმოცი 40 '
        'ოცდაათი 30 ოცი 20 რვა 8 რვაასი 800 სამასი 300 სამი 3 სამოცდაათი 70 სამოცი 60 შვიდასი 700 შვიდი 7 '
        'ჩვიდმეტი 17 ცამეტი 13 ცხრა 9 ცხრაასი 900 ცხრამეტი 19 ხუთასი 500 ხუთი 5'
    ),
    'kk': (
        'алпыс 60 алты 6 бес 5 бір 1 екі 2 елу 50 жетпіс 70 жеті 7 жиырма 20 жүз 100 он 10 отыз 30 сегіз 8 '
        'сексен 80 тоғыз 9 тоқсан 90 төрт 4 қырық 40 үш 3'
    ),
    'kl': (
        'aqqanilit 11 arfersanillit 16 arfinillit 6 ataaseq 1 marluk 2 pingasut 3 qulit 10 sisamat 4 tallimat '
        '5 uutritit 100'
    ),
    'ky': (
        'алты 6 алтымыш 60 беш 5 бир 1 жети 7 жетимиш 70 жыйырма 20 жүз 100 кырк 40 он 10 отуз 30 сегиз 8 '
        'сексен 80 тогуз 9 токсон 90 төрт 4 эки 2 элүү 50 үч 3'
    ),
    'lb': (
        'aacht 8 aachthonnert 800 achtzeg 80 dräi 3 dräihonnert 300 dräizéng 13 drësseg 30 eelef 11 een 1 '
        'eent 1 eng 1 fofzeg 50 fofzéng 15 fënnef 5 fënnefhonnert 500 honnert 100 nonzeg 90 nonzéng 19 néng 9 '
        'nénghonnert 900 sechs 6 sechshonnert 600 siechzeg 60 siechzéng 16 siwen 7 siwenhonnert 700 siwwenzeg '
        '70 siwwenzéng 17 uechtzéng 18 véier 4 véierhonnert 400 véierzeg 40 véierzéng 14 zwanzeg 20 zwee 2 '
        'zweehonnert 200 zwielef 12 zwou 2 zéng 10'
    ),
    'lrc': (
        'بیست 20 دٱ 10 دۊۋازدٱ 12 دۏ 2 سی 30 سیصد 300 سینزٱ 13 شٱش 6 شٱشصد 600 شٱصد 60 شۊمزٱ 16 صد 100 نٱۋد '
        '90 نۊزدٱ 19 نۏ 9 نۏصد 900 هشت 8 هشتاد 80 هشصد 800 هفت 7 هفتاد 70 هفصد 700 هیژدٱ 18 پنج 5 پنجا 50 '
        'پۊمزٱ 15 پۊمصد 500 چار 4 چاردٱ 14 چارصد 400 یازدٱ 11 یٱک 1'
    ),
    'lt': (
        'aštuoni 8 aštuoniasdešimt 80 aštuoniolika 18 aštuonios 8 devyni 9 devyniasdešimt 90 devyniolika 19 '
        'devynios 9 dešimt 10 du 2 dvi 2 dvidešimt 20 dvylika 12 keturi 4 keturiasdešimt 40 keturiolika 14 '
        'keturios 4 penki 5 penkiasdešimt 50 penkiolika 15 penkios 5 septyni 7 septyniasdešimt 70 '
        'septyniolika 17 septynios 7 trisdešimt 30 trylika 13 trys 3 viena 1 vienas 1 vienuolika 11 šeši 6 '
        'šešiasdešimt 60 šešiolika 16 šešios 6 šimtas 100'
    ),
    'lv': (
        'astoņas 8 astoņdesmit 80 astoņi 8 astoņpadsmit 18 astoņsimt 800 desmit 10 deviņas 9 deviņdesmit 90 '
        'deviņi 9 deviņpadsmit 19 deviņsimt 900 divas 2 divdesmit 20 divi 2 divpadsmit 12 divsimt 200 piecas '
        '5 piecdesmit 50 pieci 5 piecpadsmit 15 piecsimt 500 septiņas 7 septiņdesmit 70 septiņi 7 '
        'septiņpadsmit 17 septiņsimt 700 sešas 6 sešdesmit 60 seši 6 sešpadsmit 16 sešsimt 600 simt 100 trīs '
        '3 trīsdesmit 30 trīspadsmit 13 trīssimt 300 viena 1 vienpadsmit 11 viens 1 četras 4 četrdesmit 40 '
        'četri 4 četrpadsmit 14 četrsimt 400'
    ),
    'mk': (
        'два 2 дваесет 20 дванаесет 12 две 2 двесто 200 деведесет 90 девет 9 деветнаесет 19 деветсто 900 '
        'десет 10 еден 1 единаесет 11 една 1 еднасто 100 едно 1 осум 8 осумдесет 80 осумнаесет 18 осумсто 800 '
        'педесет 50 пет 5 петнаесет 15 петсто 500 седум 7 седумдесет 70 седумнаесет 17 седумсто 700 три 3 '
        'триесет 30 тринаесет 13 тристо 300 четири 4 четириесет 40 четиринаесет 14 четиристо 400 шеесет 60 '
        'шеснаесет 16 шест 6 шестсто 600'
    ),
    'ms': (
        'dua 2 empat 4 enam 6 lapan 8 lima 5 satu 1 sebelas 11 sembilan 9 sepuluh 10 seratus 100 tiga 3 tujuh '
        '7'
    ),
    'mt': (
        'disaʼ 9 disgħin 90 erbaʼ 4 erbgħin 40 għaxar 10 għoxrin 20 mitejn 200 mitt 100 sebaʼ 7 sebgħin 70 '
        'sitt 6 sittin 60 tletin 30 tliet 3 tmenin 80 tmien 8 waħda 1 wieħed 1 ħames 5 ħamsin 50 żewġ 2'
    ),
    'ne': (
        'आठ 8 एक 1 छ 6 दस 10'
    ),
    'nl': (
        'acht 8 achthonderd 800 achttien 18 dertien 13 dertig 30 drie 3 driehonderd 300 een 1 elf 11 honderd '
        '100 negen 9 negenhonderd 900 negentien 19 negentig 90 tachtig 80 tien 10 twaalf 12 twee 2 '
        'tweehonderd 200 twintig 20 veertien 14 veertig 40 vier 4 vierhonderd 400 vijf 5 vijfhonderd 500 '
        'vijftien 15 vijftig 50 zes 6 zeshonderd 600 zestien 16 zestig 60 zeven 7 zevenhonderd 700 zeventien '
        '17 zeventig 70'
    ),
    'nn': (
        'atten 18 eitt 1 elleve 11 fem 5 femten 15 femti 50 fire 4 fjorten 14 førti 40 ni 9 nitten 19 nitti '
        '90 seks 6 seksten 16 seksti 60 sju 7 sytten 17 sytti 70 ti 10 tjue 20 to 2 tolv 12 tre 3 tretten 13 '
        'tretti 30 åtte 8 åtti 80 éin 1'
    ),
    'no': (
        'atten 18 ei 1 elleve 11 ett 1 fem 5 femten 15 femti 50 fire 4 fjorten 14 førti 40 hundre 100 ni 9 '
        'nitten 19 nitti 90 seks 6 seksten 16 seksti 60 sju 7 sytten 17 sytti 70 ti 10 tjue 20 to 2 tolv 12 '
        'tre 3 tretten 13 tretti 30 åtte 8 åtti 80 én 1'
    ),
    'pl': (
        'czterdziestoma 40 czterdziestu 40 czterdzieści 40 czterech 4 czterej 4 czterem 4 czterema 4 '
        'czternastoma 14 czternastu 14 czternaście 14 cztery 4 czterysta 400 czterystu 400 dwa 2 dwadzieścia '
        '20 dwaj 2 dwanaście 12 dwie 2 dwiema 2 dwieście 200 dwoma 2 dwudziestoma 20 dwudziestu 20 dwunastoma '
        '12 dwunastu 12 dwustu 200 dwóch 2 dwóm 2 dziesięcioma 10 dziesięciu 10 dziesięć 10 dziewięcioma 9 '
        'dziewięciu 9 dziewięciuset 900 dziewiętnastoma 19 dziewiętnastu 19 dziewiętnaście 19 dziewięć 9 '
        'dziewięćdziesiąt 90 dziewięćdziesięcioma 90 dziewięćdziesięciu 90 dziewięćset 900 jeden 1 '
        'jedenastoma 11 jedenastu 11 jedenaście 11 jedna 1 jednego 1 jednej 1 jednemu 1 jedno 1 jednym 1 '
        'jedną 1 osiem 8 osiemdziesiąt 80 osiemdziesięcioma 80 osiemdziesięciu 80 osiemnastoma 18 osiemnastu '
        '18 osiemnaście 18 osiemset 800 ośmioma 8 ośmiu 8 ośmiuset 800 pięcioma 5 pięciu 5 pięciuset 500 '
        'piętnastoma 15 piętnastu 15 piętnaście 15 pięć 5 pięćdziesiąt 50 pięćdziesięcioma 50 pięćdziesięciu '
        '50 pięćset 500 siedem 7 siedemdziesiąt 70 siedemdziesięcioma 70 siedemdziesięciu 70 siedemnastoma 17 '
        'siedemnastu 17 siedemnaście 17 siedemset 700 siedmioma 7 siedmiu 7 siedmiuset 700 sto 100 stu 100 '
        'szesnastoma 16 szesnastu 16 szesnaście 16 sześcioma 6 sześciu 6 sześciuset 600 sześć 6 sześćdziesiąt '
        '60 sześćdziesięcioma 60 sześćdziesięciu 60 sześćset 600 trzech 3 trzej 3 trzem 3 trzema 3 trzy 3 '
        'trzydziestoma 30 trzydziestu 30 trzydzieści 30 trzynastoma 13 trzynastu 13 trzynaście 13 trzysta 300 '
        'trzystu 300'
    ),
    'pt': (
        'catorze 14 cem 100 cinco 5 cinquenta 50 dez 10 dezenove 19 dezesseis 16 dezessete 17 dezoito 18 dois '
        '2 doze 12 duas 2 duzentas 200 duzentos 200 nove 9 novecentas 900 novecentos 900 noventa 90 oitenta '
        '80 oito 8 oitocentas 800 oitocentos 800 onze 11 quarenta 40 quatro 4 quatrocentas 400 quatrocentos '
        '400 quinhentas 500 quinhentos 500 quinze 15 seis 6 seiscentas 600 seiscentos 600 sessenta 60 sete 7 '
        'setecentas 700 setecentos 700 setenta 70 treze 13 trezentas 300 trezentos 300 trinta 30 três 3 um 1 '
        'uma 1 vinte 20'
    ),
    'qu': (
        'chunka 10 huk 1 iskay 2 isqun 9 kinsa 3 phisqa 5 pusaq 8 qanchis 7 suqta 6 tawa 4'
    ),
    'ro': (
        'cinci 5 cincisprezece 15 cincizeci 50 doi 2 doisprezece 12 două 2 douăsprezece 12 douăzeci 20 nouă 9 '
        'nouăsprezece 19 nouăzeci 90 opt 8 optsprezece 18 optzeci 80 patru 4 patrusprezece 14 patruzeci 40 '
        'trei 3 treisprezece 13 treizeci 30 una 1 unsprezece 11 unu 1 zece 10 şapte 7 şaptesprezece 17 '
        'şaptezeci 70 şase 6 şasesprezece 16 şasezeci 60'
    ),
    'ru': (
        'восемнадцати 18 восемнадцать 18 восемнадцатью 18 восемь 8 восемьдесят 80 восемьсот 800 восемью 8 '
        'восемьюдесятью 80 восемьюстами 800 восьми 8 восьмидесяти 80 восьмисот 800 восьмистам 800 восьмистах '
        '800 два 2 двадцати 20 двадцать 20 двадцатью 20 две 2 двенадцати 12 двенадцать 12 двенадцатью 12 '
        'двести 200 двум 2 двумстам 200 двумя 2 двумястами 200 двух 2 двухсот 200 двухстах 200 девяноста 90 '
        'девяносто 90 девяти 9 девятисот 900 девятистам 900 девятистах 900 девятнадцати 19 девятнадцать 19 '
        'девятнадцатью 19 девять 9 девятьсот 900 девятью 9 девятьюстами 900 десяти 10 десять 10 десятью 10 '
        'один 1 одиннадцати 11 одиннадцать 11 одиннадцатью 11 одна 1 одни 1 одним 1 одними 1 одних 1 одно 1 '
        'одного 1 одной 1 одном 1 одному 1 одну 1 пяти 5 пятидесяти 50 пятисот 500 пятистам 500 пятистах 500 '
        'пятнадцати 15 пятнадцать 15 пятнадцатью 15 пять 5 пятьдесят 50 пятьсот 500 пятью 5 пятьюдесятью 50 '
        'пятьюстами 500 семи 7 семидесяти 70 семисот 700 семистам 700 семистах 700 семнадцати 17 семнадцать '
        '17 семнадцатью 17 семь 7 семьдесят 70 семьсот 700 семью 7 семьюдесятью 70 семьюстами 700 сорок 40 '
        'сорока 40 ста 100 сто 100 трем 3 тремстам 300 тремя 3 тремястами 300 трех 3 трехсот 300 трехстах 300 '
        'три 3 тридцати 30 тридцать 30 тридцатью 30 тринадцати 13 тринадцать 13 тринадцатью 13 триста 300 '
        'четыре 4 четырем 4 четыремстам 400 четыреста 400 четырех 4 четырехсот 400 четырехстах 400 '
        'четырнадцати 14 четырнадцать 14 четырнадцатью 14 четырьмя 4 четырьмястами 400 шести 6 шестидесяти 60 '
        'шестисот 600 шестистам 600 шестистах 600 шестнадцати 16 шестнадцать 16 шестнадцатью 16 шесть 6 '
        'шестьдесят 60 шестьсот 600 шестью 6 шестьюдесятью 60 шестьюстами 600'
    ),
    'se': (
        'golbma 3 golbmalogi 30 golbmanuppelohkái 13 golbmačuođi 300 guhtta 6 guhttalogi 60 guhttanuppelohkái '
        '16 guhttačuođi 600 guokte 2 guoktelogi 20 guoktenuppelohkái 12 guoktečuođi 200 gávcci 8 gávccilogi '
        '80 gávccinuppelohkái 18 gávccičuođi 800 logi 10 njeallje 4 njealljelogi 40 njealljenuppelohkái 14 '
        'njeallječuođi 400 okta 1 oktanuppelohkái 11 oktačuođi 100 ovcci 9 ovccilogi 90 ovccinuppelohkái 19 '
        'ovccičuođi 900 vihtta 5 vihttalogi 50 vihttanuppelohkái 15 vihttačuođi 500 čieža 7 čiežalogi 70 '
        'čiežanuppelohkái 17 čiežačuođi 700'
    ),
    'sk': (
        'desať 10 devätnásť 19 deväť 9 deväťdesiat 90 deväťsto 900 dva 2 dvadsať 20 dvanásť 12 dve 2 dvesto '
        '200 jeden 1 jedenásť 11 jedna 1 jedno 1 osem 8 osemdesiat 80 osemnásť 18 osemsto 800 pätnásť 15 päť '
        '5 päťdesiat 50 päťsto 500 sedem 7 sedemdesiat 70 sedemnásť 17 sedemsto 700 sto 100 tri 3 tridsať 30 '
        'trinásť 13 tristo 300 šestnásť 16 šesť 6 šesťdesiat 60 šesťsto 600 štrnásť 14 štyri 4 štyridsať 40 '
        'štyristo 400'
    ),
    'sl': (
        'deset 10 devet 9 devetdeset 90 devetnajst 19 devetsto 900 dva 2 dvajset 20 dvanajst 12 dvesto 200 '
        'ena 1 enajst 11 osem 8 osemdeset 80 osemnajst 18 osemsto 800 pet 5 petdeset 50 petnajst 15 petsto '
        '500 sedem 7 sedemdeset 70 sedemnajst 17 sedemsto 700 sto 100 tri 3 trideset 30 trinajst 13 tristo '
        '300 šest 6 šestdeset 60 šestnajst 16 šesto 600 štiri 4 štirideset 40 štirinajst 14 štiristo 400'
    ),
    'sq': (
        'dhjetë 10 dy 2 dymbëdhjetë 12 dyqind 200 dyzet 40 gjashtë 6 gjashtëdhjetë 60 gjashtëmbëdhjetë 16 '
        'gjashtëqind 600 katër 4 katërmbëdhjetë 14 katërqind 400 një 1 njëmbëdhjetë 11 njëqind 100 njëzet 20 '
        'nëntë 9 nëntëdhjetë 90 nëntëmbëdhjetë 19 nëntëqind 900 pesë 5 pesëdhjetë 50 pesëmbëdhjetë 15 '
        'pesëqind 500 shtatë 7 shtatëdhjetë 70 shtatëmbëdhjetë 17 shtatëqind 700 tetë 8 tetëdhjetë 80 '
        'tetëmbëdhjetë 18 tetëqind 800 tre 3 trembëdhjetë 13 treqind 300 tri 3 tridhjetë 30'
    ),
    'sr': (
        'два 2 двадесет 20 дванаест 12 две 2 двеста 200 деведесет 90 девет 9 деветнаест 19 деветсто 900 десет '
        '10 осам 8 осамдесет 80 осамнаест 18 осамсто 800 педесет 50 пет 5 петнаест 15 петсто 500 седам 7 '
        'седамдесет 70 седамнаест 17 седамсто 700 сто 100 три 3 тридесет 30 тринаест 13 триста 300 четири 4 '
        'четиристо 400 четрдесет 40 четрнаест 14 шездесет 60 шеснаест 16 шест 6 шестсто 600 један 1 једанаест '
        '11 једна 1 једно 1'
    ),
    'su': (
        'dalapan 8 dua 2 genep 6 hiji 1 lima 5 opat 4 sabelas 11 salapan 9 sapuluh 10 saratus 100 tilu 3 '
        'tujuh 7'
    ),
    'sv': (
        'arton 18 elva 11 en 1 ett 1 etthundra 100 fem 5 femhundra 500 femtio 50 femton 15 fjorton 14 fyra 4 '
        'fyrahundra 400 fyrtio 40 nio 9 niohundra 900 nittio 90 nitton 19 sex 6 sexhundra 600 sextio 60 '
        'sexton 16 sju 7 sjuhundra 700 sjuttio 70 sjutton 17 tio 10 tjugo 20 tolv 12 tre 3 trehundra 300 '
        'trettio 30 tretton 13 två 2 tvåhundra 200 åtta 8 åttahundra 800 åttio 80'
    ),
    'sw': (
        'arobaini 40 hamsini 50 ishirini 20 kumi 10 mbili 2 moja 1 nane 8 nne 4 saba 7 sabini 70 sita 6 '
        'sitini 60 tano 5 tatu 3 thelathini 30 themanini 80 tisa 9 tisini 90'
    ),
    'tr': (
        'altmış 60 altı 6 beş 5 bir 1 doksan 90 dokuz 9 dört 4 elli 50 iki 2 kırk 40 on 10 otuz 30 sekiz 8 '
        'seksen 80 yedi 7 yetmiş 70 yirmi 20 yüz 100 üç 3'
    ),
    'uk': (
        'вісім 8 вісімдесят 80 вісімнадцять 18 вісімсот 800 два 2 двадцять 20 дванадцять 12 дві 2 двісті 200 '
        'девʼяносто 90 девʼятнадцять 19 девʼятсот 900 девʼять 9 десять 10 один 1 одинадцять 11 одна 1 одне 1 '
        'пʼятдесят 50 пʼятнадцять 15 пʼятсот 500 пʼять 5 сорок 40 сто 100 сім 7 сімдесят 70 сімнадцять 17 '
        'сімсот 700 три 3 тридцять 30 тринадцять 13 триста 300 чотири 4 чотириста 400 чотирнадцять 14 '
        'шістдесят 60 шістнадцять 16 шістсот 600 шість 6'
    ),
    'vec': (
        'cuaranta 40 cuatro 4 cuatrosento 400 cuatòrdeze 14 cuìndeze 15 dieze 10 disete 17 dizdoto 18 diznove '
        '19 do 2 dozento 200 du 2 duzento 200 dódeze 12 novanta 90 nove 9 novesento 900 otanta 80 oto 8 '
        'otosento 800 sento 100 sesanta 60 setanta 70 sete 7 setesento 700 settanta 70 sie 6 siesento 600 '
        'sincuanta 50 sincue 5 sincuesento 500 sédeze 16 tre 3 trenta 30 trezento 300 tri 3 trizento 300 '
        'trèdeze 13 un 1 una 1 venti 20 vinti 20 ùndeze 11'
    ),
    'vi': (
        'ba 3 bảy 7 bốn 4 chín 9 hai 2 mười 10 một 1 năm 5 sáu 6 tám 8'
    ),
    'zu': (
        'ikhulu 100 ishumi 10 isikhombisa 7 isishiyagalolunye 9 isishiyagalombili 8 isithupha 6 kubili 2 '
        'kuhlanu 5 kune 4 kunye 1 kuthathu 3'
    ),
}
