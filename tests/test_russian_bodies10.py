"""Russian organisations and places (round russian-bodies10): a name two states' bodies share,
a breakaway republic's ministry named by its heads, a Latin outlet cited right before another,
a group's short name in quotes, a bare ministry in a leader's own words, a region named after a
city the gazetteer holds as a city. Sentences written for these tests in the agencies' style."""

from tests.russian_ids import ids


def test_a_latin_name_a_russian_and_a_foreign_channel_share_is_the_foreign_one():
    text = "«Поставки начнутся летом», — приводит слова турецкого лидера телеканал NTV."
    assert ids(text, "org:") == {"org:ntv-turkey"}


def test_a_shared_name_goes_to_the_state_whose_adjective_is_written_with_it():
    assert ids("Об этом сообщил телеканал НТВ.", "org:") == {"org:ntv"}
    text = "Эрдоган дал интервью турецкому частному телеканалу НТВ."
    assert ids(text, "org:") == {"org:ntv-turkey"}
    text = "Как сообщил российский телеканал NTV, учения начались."
    assert ids(text, "org:") == {"org:ntv"}


def test_a_state_in_the_genitive_before_a_shared_name_owns_another_word():
    text = "«Мы договорились», — приводит слова президента России телеканал NTV."
    assert ids(text, "org:") == {"org:ntv-turkey"}


def test_the_ministries_of_breakaway_republics_named_by_their_heads():
    text = "Министр отметил, что на переговорах с главами МИД Абхазии и Южной Осетии эту тему не обсуждали."
    assert ids(text, "org:") == {
        "org:abkhazian-foreign-ministry",
        "org:south-ossetian-foreign-ministry",
    }
    assert ids(text, "location:") == set()
    assert ids(text, "person:") == set()  # not Russia's foreign minister


def test_a_breakaway_republics_minister_is_no_russian_minister():
    text = "Глава МИД Южной Осетии прилетел в Москву."
    assert ids(text, "org:") == {"org:south-ossetian-foreign-ministry"}
    assert ids(text, "person:") == set()


def test_the_places_themselves_stay_places():
    text = "Делегация посетила Абхазию и Южную Осетию."
    assert ids(text, "location:") == {"location:abkhazia", "location:south-ossetia"}
    assert ids(text, "org:") == set()


def test_a_states_body_shared_with_a_second_state_is_unchanged():
    text = "Учения проведут Минобороны России и Турции."
    assert ids(text, "org:") == {"org:russian-defence-ministry", "org:turkish-defence-ministry"}
    assert ids(text, "country:") == {"country:RUS", "country:TUR"}


def test_a_latin_outlet_cited_right_before_another_outlet():
    text = "Его слова передает со ссылкой на Associated Press Lenta.ru."
    assert ids(text, "org:") == {"org:associated-press", "org:lenta-ru"}


def test_a_latin_title_that_goes_on_is_still_one_name():
    assert ids("Об этом пишет Bild am Sonntag.", "org:") == {"org:bild-am-sonntag"}
    assert ids("Об этом сообщает TRT Haber.", "org:") == {"org:trt-haber"}


def test_a_groups_short_name_in_straight_quotes():
    text = 'Накануне поездки на саммит "Двадцатки" президент побывал в Варшаве.'
    assert ids(text, "org:") == {"org:g20"}
    assert ids("Лидеры стран «двадцатки» встретились в Осаке.", "org:") == {"org:g20"}


def test_a_ranking_in_quotes_is_no_group():
    assert ids("Компания вошла в «двадцатку» крупнейших.", "org:") == set()
    assert ids("Страна вошла в двадцатку лучших.", "org:") == set()


def test_a_bare_ministry_in_a_leaders_quoted_words_is_his_states():
    text = (
        "Детали обсудят в Сочи, заявил турецкий лидер Тайип Эрдоган.\n\n"
        '"Мы их обсудим с участием наших специалистов, из министерства обороны в том числе", '
        "— сказал Эрдоган журналистам."
    )
    assert ids(text, "org:") == {"org:turkish-defence-ministry"}


def test_a_quoted_ministry_with_its_state_keeps_it():
    text = "«Министерство обороны Франции это подтвердило», — сказал Эрдоган."
    assert ids(text, "org:") == {"org:french-defence-ministry"}
    text = "«Российский МИД нам ответил», — сказал Эрдоган."
    assert ids(text, "org:") == {"org:russian-foreign-ministry"}


def test_a_quoted_ministers_title_is_no_ministry():
    text = "«Я обсужу это с министром обороны», — сказал Эрдоган."
    assert ids(text, "org:") == set()


def test_a_region_named_after_a_city_the_gazetteer_holds_as_a_city():
    text = "Служба задержала в порту Измаил (Одесская область) танкер."
    assert ids(text, "location:") == {"location:izmail", "location:odessa-oblast"}
    assert ids("Учения прошли в Харьковской области.", "location:") == {"location:kharkiv-oblast"}


def test_a_region_the_gazetteer_holds_by_its_centres_name_stays_that_place():
    text = "Ракеты разместили в Калининградской области, учения прошли в Донецкой области."
    assert ids(text, "location:") == {"location:kaliningrad", "location:donetsk"}


def test_a_vessels_new_latin_name_is_no_body():
    text = (
        "По данным службы, речь идет о танкере Neyma, название которого сменили на Sea Falcon. "
        "На сайте VesselFinder на фотографии профиля Sea Falcon видно судно с прежним названием."
    )
    assert "org:sea-falcon" not in ids(text, "org:")
    assert "org:neyma" not in ids(text, "org:")


def test_a_company_after_a_tanker_stays_a_body():
    text = "Танкер задержали в проливе. Владелец Stena Bulk заявил протест."
    assert ids(text, "org:") == {"org:stena-bulk"}


def test_a_misspelt_states_name_is_the_state_not_a_place():
    text = "Прокуратура Черноговории утверждает, что заговор готовили иностранцы."
    assert ids(text, "location:") == set()
    assert ids(text, "country:") == {"country:MNE"}
    text = "Перед этим турецкие военные поедут в Азребайджан."
    assert ids(text, "location:") == set()
    assert ids(text, "country:") == {"country:TUR", "country:AZE"}


def test_a_place_near_no_states_name_keeps_its_own():
    assert ids("Учения прошли во Франконии.", "country:") == set()


def test_a_name_glued_to_the_next_word_by_a_lost_space():
    text = "В июне министры Греции и Македонииподписали договор."
    assert ids(text, "location:") == set()
    assert ids(text, "country:") == {"country:GRC", "country:MKD"}
    text = "Трамп одобрил вступление еще одной страны в НАТОПо его словам, членство важно."
    assert ids(text, "location:") == set()
    assert ids(text, "org:") == {"org:nato"}


def test_a_city_acting_for_its_state_is_no_place():
    text = "В Вашингтоне подчеркивают: если Стамбул закончит поставку российских С-400, страна столкнется с санкциями."
    assert "location:istanbul" not in ids(text, "location:")
    text = "Президент звонил по «красному телефону» в Москву накануне выборов."
    assert ids(text, "location:") == set()


def test_a_city_hosting_or_visited_stays_a_place():
    assert ids("Стамбул принял саммит НАТО.", "location:") == {"location:istanbul"}
    text = "Севастополь отмечает годовщину воссоединения."
    assert ids(text, "location:") == {"location:sevastopol"}
    assert ids("Делегация прилетела в Стамбул.", "location:") == {"location:istanbul"}
    text = "Он позвонил жене, а потом улетел в Москву."
    assert ids(text, "location:") == {"location:moscow"}


def test_brussels_speaking_stays_the_city():
    text = "Официальный Брюссель отмечает, что события в Азовском море опасны."
    assert "location:brussels" in ids(text, "location:")


def test_a_dictionary_word_is_no_misspelt_state_nor_glued_name():
    text = "Учения по Крыму и Кубани прошли успешно."
    assert ids(text, "country:") == set()
    assert ids(text, "location:") == {"location:crimea", "location:kuban"}


def test_an_outlet_cited_by_its_titles_initials():
    assert ids('"НИ" писали, что атака произошла 7 апреля.', "org:") == {"org:novye-izvestia"}
    assert ids("Учения пройдут в Норвегии, пишет ЕП.", "org:") == {"org:european-pravda"}


def test_initials_two_outlets_share_or_uncited_name_neither():
    # Комсомольская правда and Киев Пост share them
    found = ids("Как сообщила КП, переговоры отложены.", "org:")
    assert not found & {"org:komsomolskaya-pravda", "org:kyiv-post"}
    assert "org:european-pravda" not in ids("Проект ЕП одобрили депутаты.", "org:")


def test_a_tweets_handle_is_no_body():
    text = "Signed the protocol today with FM @Dimitrov_Nikola. pic.twitter.com/abc123"
    assert ids(text, "org:") == set()


def test_a_telegram_is_no_messenger():
    text = "Идея, которую впервые высказал Кеннан в знаменитой «длинной телеграмме», ожила."
    assert ids(text, "org:") == set()
    assert ids("Об этом он написал в своем телеграмм-канале.", "org:") == {"org:telegram"}


def test_a_capital_relied_on_or_ruling_is_its_state():
    text = "Политик призвал европейских партнеров не уповать на Вашингтон в вопросах обороны."
    assert ids(text, "location:") == set()
    assert ids(text, "country:") == {"country:USA"}
    text = "Власти Крыма отказались признать сменившееся руководство в Киеве."
    assert ids(text, "location:") == {"location:crimea"}
    assert ids(text, "country:") == {"country:UKR"}
    text = "Комплекса «Бук», о котором говорят в Киеве, у ополченцев нет."
    assert ids(text, "location:") == set()


def test_a_capital_landed_on_or_visited_stays_the_city():
    assert ids("Самолет взял курс на Москву.", "location:") == {"location:moscow"}
    assert ids("Президент выступил в Киеве.", "location:") == {"location:kyiv"}


def test_a_regional_branch_holds_its_region():
    text = "Об этом заявили в погрануправлении ФСБ по Крыму."
    assert ids(text, "location:") == set()
    assert ids(text, "org:") == {"org:fsb"}
    assert ids("Туристы путешествуют по Крыму.", "location:") == {"location:crimea"}


def test_bodies_the_field_names_by_their_russian_names():
    text = "Решение закрепило договоренность, достигнутую Комитетом постоянных представителей ЕС."
    assert "org:coreper" in ids(text, "org:")
    text = (
        "Полковник преподавал в Военно-дипломатической академии, а позже передавал MI-6 документы."
    )
    assert ids(text, "org:") == {"org:military-diplomatic-academy", "org:mi6"}
    text = "Об этом в эфире Польского радио сказал министр обороны."
    assert ids(text, "org:") == {"org:radio-poland"}


def test_a_regions_own_ministry_is_no_russian_one():
    text = "Глава МИД Приднестровья посетил Москву."
    assert ids(text, "org:") == set()
    assert ids(text, "person:") == set()  # not Russia's foreign minister
    assert ids("Глава МВД Крыма заявил об этом.", "org:") == set()
    assert ids("Глава МИД России посетил Крым.", "org:") == {"org:russian-foreign-ministry"}
