using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// Acts the coder used to miss or misassign, found in the differences on the development gold sets:
/// flight, truces named by their brokers, blame that names a culprit, tolls as objects, quoted
/// fragments, campaigns in several countries, background history and page furniture.
/// </summary>
public sealed class CoverageTests
{
    [Fact]
    public void A_bomber_aircraft_is_no_bombing_but_a_suicide_bomber_or_a_bomber_on_foot_is()
    {
        var article = Analyze("A Su-34 bomber attacked a depot near Azaz. Strategic bombers struck Aleppo. A bomber on a motorcycle blew up a car in Azaz.");

        Assert.Single(article.Events, e => e.Root == "18");
        Assert.Equal(2, article.Events.Count(e => e.Root == "19"));
    }

    [Fact]
    public void Who_has_not_commented_on_a_bombing_is_not_its_bomber()
    {
        var article = Analyze("A car bomb killed nine people in Azaz on Friday. Turkish officials only commented on the bombing late on Saturday.");

        Assert.Empty(Single(article, "bombing").Actor1);
    }

    [Fact]
    public void Taking_people_hostage_is_an_abduction_but_hostages_alone_are_its_victims()
    {
        var article = Analyze("Gunmen took hostage 40 villagers near Azaz on Monday. The hostages were freed later.");

        Assert.Equal("181", Single(article, "took hostage").Cameo);
        Assert.DoesNotContain(article.Events, e => e.Trigger == "hostages");
    }

    [Fact]
    public void Indiscriminate_bombing_and_a_campaign_of_bombing_are_from_the_air()
    {
        var article = Analyze("Residents of Azaz blame the army for indiscriminate bombing. A fresh campaign of bombing hit Aleppo.");

        Assert.Equal("195", Single(article, "indiscriminate bombing").Cameo);
        Assert.Equal("195", Single(article, "campaign of bombing").Cameo);
    }

    [Fact]
    public void Liberating_a_town_is_taking_it()
    {
        var article = Analyze("The army began an offensive to liberate Azaz on Monday. Rebels announced the liberation of Aleppo.");

        Assert.Equal("192", Single(article, "liberate").Cameo);
        Assert.Equal("192", Single(article, "liberation of").Cameo);
    }

    [Fact]
    public void People_fleeing_yield_where_they_leave_not_where_they_go()
    {
        var e = Single(Analyze("Hundreds of families fled Azaz for Turkey on Sunday."), "fled");

        Assert.Equal("08", e.Root);
        Assert.Equal("Azaz", e.Place?.Text);
    }

    [Fact]
    public void A_truce_brokered_by_two_states_is_an_agreement_of_both_and_an_area_under_one_is_a_state()
    {
        var e = Single(Analyze("A truce brokered by Turkey and Syria took hold in Azaz on Friday."), "truce");

        Assert.Equal("05", e.Root);
        Assert.Equal(["SYRGOV", "TURGOV"], Codes(e.Actor1));
        Assert.DoesNotContain(Analyze("Villages east of Azaz fall under a truce with the army.").Events, x => x.Root == "05");
    }

    [Fact]
    public void A_truce_is_made_by_those_its_words_name_not_by_whoever_uses_or_breaks_it()
    {
        Assert.DoesNotContain(Analyze("The minister accused the rebels of using the ceasefire near Azaz to regroup.").Events, e => e.Root == "05");
        Assert.DoesNotContain(Analyze("The army said the ceasefire in Azaz has broken down.").Events, e => e.Root == "05");

        var between = Single(Analyze("A ceasefire between the regime and the rebels took hold in Azaz."), "ceasefire");
        Assert.Equal(["SYRGOV", "SYRREB"], Codes(between.Actor1));
        Assert.DoesNotContain(Analyze("A ceasefire took hold in Azaz on Friday.").Events, e => e.Root == "19");

        var brokered = Analyze("The truce that was brokered by Turkey and Syria held in Azaz.").Events.Where(e => e.Root == "05").ToList();
        Assert.Equal(["SYRGOV", "TURGOV"], Codes(Assert.Single(brokered).Actor1));
    }

    [Fact]
    public void A_ceasefire_declared_over_is_rejected()
    {
        var article = Analyze("The Syrian army declared the ceasefire over on Monday after rebel attacks near Azaz.");

        Assert.Contains(article.Events, e => e.Root == "12" && e.Plover == "REJECT");
        Assert.DoesNotContain(article.Events, e => e.Root == "05");
    }

    [Fact]
    public void A_revolt_met_by_a_crackdown_is_no_meeting()
    {
        Assert.DoesNotContain(Analyze("The Azaz uprising was met by force.").Events, e => e.Plover == "CONSULT");
        Assert.Contains(Analyze("The Turkish foreign minister met Syrian envoys in Ankara on Sunday.").Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void Blaming_a_government_for_an_act_makes_it_the_alleged_agent()
    {
        var article = Analyze("Turkish officials blamed Damascus for the shelling of Azaz.");

        var shelling = Single(article, "shelling");
        Assert.Equal(["SYRGOV"], Codes(shelling.Actor1));
        Assert.Equal(Modality.Claimed, shelling.Modality);
        Assert.Equal(["TURGOV"], Codes(shelling.ClaimedBy));
        var blame = Single(article, "blamed");
        Assert.Equal(["TURGOV"], Codes(blame.Actor1));
        Assert.Equal(["SYRGOV"], Codes(blame.Actor2));
    }

    [Fact]
    public void A_bombing_blamed_on_a_group_with_no_accuser_is_no_accusation()
    {
        var article = Analyze("A car bombing blamed on the Nusra Front killed nine people in Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Plover == "ACCUSE");
        Assert.Contains(article.Events, e => e.Root == "18");
    }

    [Fact]
    public void Who_was_hit_by_an_attack_blamed_on_a_group_is_no_accuser()
    {
        var article = Analyze("A Turkish soldier died in a rocket attack blamed on Kurdish militants near Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Plover == "ACCUSE");
        Assert.Equal(["SYRREB"], Codes(Single(article, "rocket").Actor1));
    }

    [Theory]
    [InlineData("Ankara blamed the bombing in Azaz on the Nusra Front.", "bombing", "SYRINS")]
    [InlineData("Turkish officials blamed Monday's car bombing on Kurdish militants near Azaz.", "car bombing", "SYRREB")]
    public void An_act_blamed_on_a_side_is_that_side_s_by_the_blamer_s_claim(string sentence, string trigger, string agent)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal([agent], Codes(e.Actor1));
        Assert.Equal(Modality.Claimed, e.Modality);
        Assert.Equal(["TURGOV"], Codes(e.ClaimedBy));
    }

    [Fact]
    public void A_toll_after_the_verb_is_its_object_so_the_subject_acted()
    {
        var e = Single(Analyze("The air force killed at least 12 fighters near Azaz on Monday."), "killed");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_quoted_fragment_keeps_the_subject_outside_the_quotation_marks()
    {
        var e = Single(Analyze("State media said army units \"killed dozens of terrorists\" in the countryside of Azaz."), "killed");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_place_name_before_an_act_noun_is_no_subject_and_the_speaker_did_not_do_it()
    {
        var e = Single(Analyze("Ankara says tests on victims of the Azaz attack point to nerve gas."), "attack");

        Assert.Empty(e.Actor1);
    }

    [Fact]
    public void A_campaign_in_two_countries_is_coded_in_each_and_a_country_of_two_words_is_a_government()
    {
        var raids = Analyze("The United States and its partners keep up air raids on IS in both Iraq and Syria.")
            .Events.Where(e => e.Trigger == "air raids").ToList();

        Assert.Equal(["IQ", "SY"], raids.Select(e => e.Place?.Country).Order().ToArray());
        Assert.All(raids, e => Assert.Equal(["USAGOV"], Codes(e.Actor1)));
    }

    [Fact]
    public void History_with_no_place_of_its_own_is_background()
    {
        Assert.DoesNotContain(Analyze("The war began when protesters held demonstrations in 2011.").Events, e => e.Root == "14");
        // With a place it stays: historical events at a named place are coded.
        Assert.Contains(Analyze("Protesters held demonstrations in Azaz in 2011.").Events, e => e.Root == "14");
    }

    [Fact]
    public void A_passive_report_has_no_speaker_whose_words_would_hide_the_place()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. In Iraq, nine were reported dead after a suicide bomber hit a checkpoint."), "suicide bomber");

        Assert.Equal("IQ", e.Place?.Country);
    }

    [Fact]
    public void Tags_and_related_headlines_are_page_furniture()
    {
        var tagged = Analyze("Tags Syria Azaz Suicide Attack A bomber struck a wedding in Azaz on Monday.");
        Assert.DoesNotContain(tagged.Events, e => e.Trigger == "Suicide Attack");
        Assert.Contains(tagged.Events, e => e.Trigger == "bomber");

        var related = Analyze("Rebels shelled the market in Azaz on Monday, killing four people, a monitor said. Aid groups said the town's hospital was full. "
            + "55 Related Army Launches Offensive Against Rebels In Deir ez-Zor Turkey Shells Kurdish Fighters");
        Assert.DoesNotContain(related.Events, e => e.Trigger is "Offensive" or "Shells");
        Assert.Contains(related.Events, e => e.Trigger == "shelled");
    }

    [Fact]
    public void A_tag_list_with_lowercase_tags_runs_to_the_sentence_s_first_function_word()
    {
        var article = Analyze("Tags Syria Azaz airstrike truce aid convoy Turkish warplanes and rebels attacked Kurdish positions near Azaz on Monday.");

        Assert.DoesNotContain(article.Events, e => e.Trigger is "airstrike" or "truce" or "aid convoy");
        Assert.Contains(article.Events, e => e.Trigger == "attacked" && e.Actor1.Any(a => a.Code == "TURMIL"));
    }

    [Fact]
    public void A_bracketed_photo_caption_is_page_furniture()
    {
        var article = Analyze("Rebels shelled a school in Azaz on Monday. (Photo: smoke after a Turkish air strike on Aleppo in May, by a local activist) Four pupils died.");

        Assert.DoesNotContain(article.Events, e => e.Trigger == "air strike");
        Assert.Contains(article.Events, e => e.Trigger == "shelled");
    }

    [Fact]
    public void A_credited_related_headline_is_page_furniture_and_the_sentence_after_it_keeps_its_subject()
    {
        var article = Analyze("Troops held the town, the agency said. AP Photo Rami Haddad Turkish Jets Bomb Kurdish Fighters Near Azaz "
            + "The Air Force struck rebel depots in Aleppo on Monday.");

        Assert.DoesNotContain(article.Events, e => e.Trigger == "Bomb");
        Assert.Equal(["SYRMIL"], Codes(Single(article, "struck").Actor1));

        var dated = Analyze("Four died, the source said. REUTERS Omar Sanadiki Rebels Shell Aleppo Market DAMASCUS (Reuters) Rebels shelled Azaz on Monday.");
        Assert.DoesNotContain(dated.Events, e => e.Trigger == "Shell");
        Assert.Contains(dated.Events, e => e.Trigger == "shelled");
    }

    [Fact]
    public void A_halt_on_air_strikes_is_a_de_escalation_and_a_lull_in_fighting_is_nobody_s_act()
    {
        var halt = Single(Analyze("The Turkish army announced a halt on air strikes near Azaz on Monday."), "air strikes");
        Assert.Equal("087", halt.Cameo);
        Assert.Equal("RETREAT", halt.Plover);
        Assert.Equal(["TURMIL"], Codes(halt.Actor1));

        Assert.DoesNotContain(Analyze("A lull in the fighting around Azaz let families leave on Monday.").Events, e => e.Root == "19");
    }

    [Fact]
    public void A_country_after_in_and_a_region_word_is_a_place_and_the_holder_follows_held_by()
    {
        var article = Analyze("Jets struck a village in eastern Syria held by the Islamic State near Azaz on Monday.");

        Assert.DoesNotContain(article.Actors, a => a.Code == "SYRGOV");
        var held = Single(article, "held by");
        Assert.Equal("Islamic State", Assert.Single(held.Actor1).Group);
    }

    [Fact]
    public void An_open_question_is_no_report_but_a_doubtful_agent_still_leaves_the_act()
    {
        Assert.Equal(Modality.Hypothetical, Single(Analyze("The monitor did not say whether 20 fighters were killed near Azaz."), "killed").Modality);
        Assert.NotEqual(Modality.Hypothetical, Single(Analyze("It was unclear whether the strike on Azaz was carried out by Turkish jets."), "strike").Modality);
    }

    [Fact]
    public void Where_fighters_come_from_and_where_a_group_is_banned_are_not_where_the_act_happened()
    {
        var origin = Single(Analyze("Shells hit Aleppo and Azaz on Sunday. The army killed dozens of fighters from Turkey and Iraq in Azaz on Monday."), "killed");
        Assert.Equal("SY", origin.Place?.Country);

        var banned = Single(Analyze("Fighting raged in Azaz and Aleppo. Fighters of a group outlawed in Turkey shelled the town."), "shelled");
        Assert.Equal("SY", banned.Place?.Country);
    }

    [Fact]
    public void A_weapon_after_with_is_the_instrument_of_the_attack_and_a_headline_s_bombs_are_the_lede_s_air_strike()
    {
        var attack = Assert.Single(Analyze("Rebels attacked an army post with two car bombs near Azaz on Monday.").Events, e => e.Plover == "ASSAULT");
        Assert.Equal("1832", attack.Cameo);
        Assert.Equal(["SYRREB"], Codes(attack.Actor1));

        var titled = AnalyzeTitled("Village near Azaz hit with bombs", "Turkish warplanes bombed a village near Azaz on Monday.");
        Assert.All(titled.Events.Where(e => e.Plover == "ASSAULT"), e => Assert.Equal("195", e.Cameo));
    }

    [Fact]
    public void Time_taken_and_a_deal_struck_are_no_attacks()
    {
        var article = Analyze("It took weeks of talks in Azaz before a deal was struck to reopen the road.");

        Assert.DoesNotContain(article.Events, e => e.Root == "19");
    }

    [Fact]
    public void A_place_after_later_talks_is_theirs_and_a_destination_inside_a_phrase_is_not_where_people_fled_from()
    {
        var truce = Analyze("Shelling went on in Aleppo and Azaz. The ceasefire that Turkey brokered in May was meant to help peace talks in Ankara.").Events
            .Single(e => e.Root == "05");
        Assert.NotEqual("TR", truce.Place?.Country);

        var fled = Single(Analyze("Shells hit Azaz on Monday. Families had fled in waves into camps in Turkey."), "fled");
        Assert.Equal("SY", fled.Place?.Country);

        var offensive = Single(Analyze("Clashes went on in Aleppo and Azaz. Rebels fought on in Ankaras offensive against IS."), "offensive");
        Assert.NotEqual("TR", offensive.Place?.Country);
    }

    [Fact]
    public void Bombs_that_are_dropped_are_an_air_strike_and_one_that_explodes_a_bombing()
    {
        Assert.Equal("195", Single(Analyze("Bombs were dropped on a school near Azaz on Monday."), "Bombs").Cameo);
        Assert.Equal("183", Single(Analyze("A bomb exploded near a school in Azaz on Monday."), "bomb").Cameo);
    }

    [Fact]
    public void Targets_that_were_hit_suffered_the_strike_and_a_closing_tag_list_is_furniture()
    {
        var hit = Single(Analyze("Ten IS group posts were hit near Azaz on Monday."), "hit");
        Assert.Empty(hit.Actor1);

        var tagged = Analyze("Turkish jets struck Azaz on Monday. Tags Daesh airstrikes Turkey Community standards Comment via Facebook");
        Assert.DoesNotContain(tagged.Events, e => e.Trigger == "airstrikes");
    }

    [Fact]
    public void A_photo_captured_or_orders_taken_take_no_ground()
    {
        Assert.DoesNotContain(Analyze("This photo captured from Azaz shows smoke over the town.").Events, e => e.Root == "19");
        Assert.DoesNotContain(Analyze("The rebels took orders from commanders in Azaz, the group said.").Events, e => e.Root == "19");
        Assert.Contains(Analyze("The rebels captured Azaz on Monday.").Events, e => e.Root == "19");
    }

    [Fact]
    public void What_a_bombing_hit_is_the_bombing_not_a_second_attack()
    {
        var article = Analyze("Twin bomb blasts claimed by the jihadists hit a market in Azaz on Monday.");

        var e = Assert.Single(article.Events, x => x.Plover == "ASSAULT");
        Assert.Equal("18", e.Root);
    }

    [Fact]
    public void Landmines_are_bombings_and_cluster_bombs_are_dropped_from_the_air()
    {
        Assert.Contains(Analyze("A landmine left by the jihadists killed a shepherd near Azaz on Monday.").Events, e => e.Root == "18");
        var cluster = Single(Analyze("Cluster bombs fell on Azaz on Monday, a monitor said."), "Cluster bombs");
        Assert.Equal("195", cluster.Cameo);
    }

    [Fact]
    public void The_assault_on_a_group_is_a_ground_offensive_not_the_bombing_named_before()
    {
        var article = Analyze("A car bomb killed six people in Azaz on Sunday. The assault against the jihadists in Azaz went on on Monday.");

        Assert.Equal("19", Single(article, "assault").Root);
    }

    [Fact]
    public void Evacuating_people_and_blocking_aid_are_coded()
    {
        var article = Analyze("A convoy of buses reached Azaz on Friday evacuating 500 people. The rebels were blocking aid to the town.");

        Assert.Equal("0874", Single(article, "evacuating").Cameo);
        Assert.Equal(("1623", "SYRREB"), (Single(article, "blocking aid").Cameo, Single(article, "blocking aid").Actor1[0].Code));
    }

    [Fact]
    public void Who_runs_the_place_attacked_is_not_the_attacker()
    {
        var e = Single(Analyze("An attack on a clinic run by the Qatar Red Crescent killed two patients in Azaz."), "attack");

        Assert.Empty(e.Actor1);
        Assert.Equal(["QATNGO"], Codes(e.Actor2));
    }

    [Fact]
    public void An_act_valued_before_it_happens_is_hypothetical_but_one_whose_agent_is_unclear_happened()
    {
        Assert.Equal(Modality.Hypothetical, Single(Analyze("Its capture would be a prize for the rebels in Azaz."), "capture").Modality);
        Assert.NotEqual(Modality.Hypothetical, Single(Analyze("Monitors could not tell if the strike on Azaz was Turkish."), "strike").Modality);
        Assert.NotEqual(Modality.Hypothetical, Single(Analyze("Sporadic gunfire could still be heard in Azaz."), "gunfire").Modality);
    }

    [Fact]
    public void Bomb_as_a_state_s_verb_is_bombing_from_the_air_but_a_militant_plot_is_a_bombing()
    {
        var e = Single(Analyze("Turkey uses an air base near Ankara to bomb jihadist positions near Azaz."), "bomb");
        Assert.Equal("195", e.Cameo);

        var placed = Single(Analyze("Turkey uses an air base near Ankara to bomb jihadist positions in Syria."), "bomb");
        Assert.Equal("SY", placed.Place?.Country);

        var plot = Single(Analyze("The militants planned to bomb a checkpoint in Azaz, police said."), "bomb");
        Assert.Equal("18", plot.Root);
    }

    [Fact]
    public void Explosions_from_rockets_are_the_rockets()
    {
        var e = Assert.Single(Analyze("Explosions from rockets hitting Azaz were heard on Monday.").Events, x => x.Plover == "ASSAULT");

        Assert.Equal("194", e.Cameo);
    }

    [Fact]
    public void The_site_s_name_after_a_bar_in_the_title_is_page_furniture()
    {
        var article = AnalyzeTitled("Rebels shell Azaz | Jordan Times", "Rebels shelled Azaz on Monday.");

        Assert.DoesNotContain(article.Places, p => p.Country == "JO");
        Assert.All(article.Events, e => Assert.DoesNotContain(e.Actor2, a => a.Role == "MED"));
    }

    [Fact]
    public void Hanging_is_an_execution_and_launching_an_operation_is_fighting()
    {
        Assert.Equal("1823", Single(Analyze("The brigade hanged a Nusra commander in Azaz on Monday."), "hanged").Cameo);
        var operation = Single(Analyze("The Turkish army launched Operation Spring Shield on Azaz on Wednesday."), "launched Operation");
        Assert.Equal(["TURMIL"], Codes(operation.Actor1));
    }

    [Fact]
    public void Describing_a_long_named_act_as_a_war_crime_is_still_the_describer_s_condemnation()
    {
        var e = Single(Analyze("The Qatar Red Crescent described the strike on its clinic in northern Azaz as a war crime."), "war crime");

        Assert.Equal(["QATNGO"], Codes(e.Actor1));
    }

    [Fact]
    public void How_the_war_began_is_background_but_a_protest_today_is_news()
    {
        Assert.DoesNotContain(Analyze("The marches turned into an armed uprising once the regime cracked down on demonstrators.").Events, e => e.Plover == "PROTEST");
        Assert.Empty(Analyze("Thousands have been killed since the war broke out after a crackdown on protests.").Events);
        Assert.Contains(Analyze("Hundreds of residents of Azaz protested against the jihadists on Friday.").Events, e => e.Plover == "PROTEST");
        Assert.Contains(Analyze("Azaz, a cradle of the revolution and its protests, saw heavy fighting between regime troops and rebels.").Events, e => e.Root == "19");
    }

    [Fact]
    public void Rebels_fighting_to_topple_a_ruler_are_described_not_reported_fighting()
    {
        Assert.DoesNotContain(Analyze("The blast in Azaz was pinned on insurgents fighting to topple the president.").Events, e => e.Trigger == "fighting");
        Assert.Contains(Analyze("Rebels fought to take back Azaz on Monday.").Events, e => e.Trigger == "fought");
    }

    [Fact]
    public void A_headline_s_generic_attack_is_the_lede_s_finer_act_in_the_same_province()
    {
        var article = AnalyzeTitled("Terrorist attacks kill a woman in Azaz", "A motorcycle bomb exploded in Azaz on Monday, killing a woman.");
        Assert.Equal("18", Single(article, "attacks").Root);

        var abduction = AnalyzeTitled("Jihadists attacks kill 11 near Azaz", "Gunmen kidnapped two fighters near Azaz on Monday.");
        Assert.Equal("19", Single(abduction, "attacks").Root);
    }

    [Fact]
    public void Acts_reported_in_a_list_of_provinces_happened_in_each_but_a_road_between_two_is_one_place()
    {
        var listed = Analyze("Rebel rockets fell on Aleppo, Damascus Countryside and Deir ez-Zor on Monday.").Events.Where(e => e.Root == "19").ToList();
        Assert.Equal(["SY.07", "SY.08", "SY.09"], listed.Select(e => e.Place?.Admin1?.Code).Order().ToArray());

        Assert.Single(Analyze("Clashes went on along the road between Aleppo and Deir ez-Zor.").Events, e => e.Root == "19");
    }

    [Fact]
    public void Struggles_and_rescues_are_no_fight_and_no_withdrawal()
    {
        Assert.Empty(Analyze("Rescue crews battled to put out the fires in Azaz.").Events);
        Assert.Empty(Analyze("A girl was pulled out of the rubble in Azaz.").Events);
    }

    [Fact]
    public void Who_is_among_the_dead_is_a_victim_and_killers_in_an_attack_are_its_agents()
    {
        Assert.Empty(Single(Analyze("An opposition minister was among 12 dead in a car bomb in Azaz."), "car bomb").Actor1);

        var e = Assert.Single(AnalyzeTitled("Turkish Army Kills 12 Militants in Missile Attack near Azaz", "Troops hit the town.").Events, x => x.Trigger == "Attack");
        Assert.Equal(["TURMIL"], Codes(e.Actor1));

        var victims = Assert.Single(AnalyzeTitled("Ten Rebels Killed in Turkish Offensive near Azaz", "Troops hit the town.").Events, x => x.Trigger == "Offensive");
        Assert.DoesNotContain(victims.Actor1, a => a.Role == "REB");
    }

    [Fact]
    public void Agreeing_to_join_a_ceasefire_is_a_ceasefire()
    {
        Assert.Equal("057", Single(Analyze("Jaish al-Islam was one of the factions that agreed to join the countrywide ceasefire."), "agreed").Cameo);
    }

    [Fact]
    public void Fighters_crossing_a_border_mobilise_but_infiltrating_a_front_line_is_fighting()
    {
        Assert.Contains(Analyze("Some 150 militants entered Azaz after crossing the border from Turkey.").Events, e => e.Root == "15");
        Assert.Contains(Analyze("A few attackers had infiltrated from the Turkish border, the Kurdish militia said.").Events, e => e.Root == "15");
        Assert.Contains(Analyze("Fourteen Turkish F-16s patrolled the border on Friday.").Events, e => e.Root == "15" && e.Actor1.Any(a => a.Code == "TURMIL"));
        Assert.DoesNotContain(Analyze("Militants who tried to infiltrate toward a district of Azaz were killed.").Events, e => e.Root == "15");
    }

    [Fact]
    public void An_outrage_or_war_crime_in_a_quotation_is_the_speaker_s_condemnation()
    {
        var article = Analyze("UNICEF Director Alan Quill said six teachers died in Azaz. \"It is an outrage. Done on purpose, this is a war crime,\" Quill said.");

        Assert.All(article.Events.Where(e => e.Root == "11"), e => Assert.Equal(["IGOUNO"], Codes(e.Actor1)));
        Assert.Equal(2, article.Events.Count(e => e.Root == "11"));
    }

    [Fact]
    public void Air_bombardment_of_a_rebel_hub_is_not_the_rebels()
    {
        Assert.Empty(Single(Analyze("Azaz, a rebel stronghold, has suffered weeks of air bombardment."), "bombardment").Actor1);
    }

    [Fact]
    public void A_rebel_bombardment_is_shelling_and_a_headline_s_speaker_who_kills_is_the_agent()
    {
        Assert.Equal("194", Single(Analyze("The army says rebel bombardment of Azaz killed 84 in three days."), "bombardment").Cameo);
        var strike = Single(AnalyzeTitled("Turkey says kills 7 jihadist commanders in Azaz air strike", "Jets struck the town."), "air strike");
        Assert.Equal(["TURGOV"], Codes(strike.Actor1));
    }

    [Fact]
    public void A_truce_is_made_by_the_states_a_relative_clause_a_broker_prefix_or_a_list_of_parties_names()
    {
        var relative = Assert.Single(Analyze("The truce that Turkey and the United States brokered has held in Azaz since Monday.").Events, e => e.Root == "05");
        Assert.Equal(["TURGOV", "USAGOV"], Codes(relative.Actor1));

        var prefixed = Single(Analyze("A Turkish-brokered truce took hold in Azaz last week."), "truce");
        Assert.Equal(["TURGOV"], Codes(prefixed.Actor1));

        var listed = Analyze("Azaz lies in a zone agreed under a deal between Turkey, Iraq and Syria.");
        Assert.Contains(listed.Events, e => e.Root == "05" && Codes(e.Actor1).Order().SequenceEqual(new[] { "IRQGOV", "SYRGOV", "TURGOV" }));
    }

    [Fact]
    public void Countries_listed_after_a_preposition_are_places_not_governments()
    {
        Assert.DoesNotContain(Analyze("Fighting raged in Syria, Iraq and Turkey.").Actors, a => a.Role == "GOV");
    }

    [Fact]
    public void An_act_someone_is_asked_for_is_not_done_or_planned_by_its_actor()
    {
        var asked = Analyze("Turkey repeatedly asked the United States to make the Kurdish militia retreat from Azaz.").Events.Where(e => e.Plover == "RETREAT");
        Assert.NotEmpty(asked);
        Assert.All(asked, e => Assert.Equal(Modality.Hypothetical, e.Modality));
        Assert.Equal(Modality.Planned, Single(Analyze("The army plans to retake Azaz."), "retake").Modality);
    }

    [Fact]
    public void Bombings_are_bombings_the_speaker_stands_at_the_verb_and_a_fight_another_act_addresses_is_not_fought_by_whom_it_names_next()
    {
        Assert.Equal("18", Single(Analyze("Bombings claimed by the jihadists in Azaz killed 17 people last month."), "Bombings").Root);

        var strike = Single(Analyze("Fifty civilians in Azaz died in airstrikes conducted by Turkish jets, a monitor said."), "airstrikes");
        Assert.Equal(["TURMIL"], Codes(strike.Actor1));
        Assert.Equal(["NGO"], Codes(strike.ClaimedBy));

        var topic = Single(Analyze("The council met on Friday to discuss the fighting with Turkey and Iraq demanding calm in Azaz."), "fighting");
        Assert.Empty(topic.Actor1);
    }

    [Fact]
    public void A_named_party_s_campaign_since_a_year_is_news_but_a_war_toll_since_then_is_not()
    {
        Assert.Contains(Analyze("The US-led coalition has carried out air strikes on jihadists in Syria since 2014.").Events, e => e.Root == "19" && Codes(e.Actor1).SequenceEqual(["USAMIL"]));
        Assert.Empty(Analyze("Over 300,000 people have died in Syria since 2011.").Events);
    }

    [Fact]
    public void A_name_before_a_colon_is_the_source_of_the_claim_not_its_agent()
    {
        var e = Single(Analyze("Syrian rebels: 200 dead in chemical attack on Azaz"), "chemical attack");

        Assert.Empty(e.Actor1);
        Assert.Equal(Modality.Claimed, e.Modality);
        Assert.Equal(["SYRREB"], Codes(e.ClaimedBy));
    }

    [Fact]
    public void An_office_of_a_ministry_before_a_colon_is_the_source_not_the_agent()
    {
        var e = Single(Analyze("Interim Minister of Health: Azaz Clinics Closed as Bombardment Goes On"), "Bombardment");

        Assert.Empty(e.Actor1);
    }

    [Fact]
    public void A_besieged_town_in_a_headline_is_a_state_named_in_passing()
    {
        Assert.DoesNotContain(Analyze("Toll From Blast Hitting Buses From Besieged Towns near Azaz Climbs to 70").Events, e => e.Cameo == "191");
    }

    [Fact]
    public void Whoever_is_held_responsible_or_said_to_be_behind_an_act_is_its_alleged_agent()
    {
        var held = Analyze("The opposition held the regime responsible for the massacre in Azaz.");
        Assert.Contains(held.Events, e => e.Root == "11" && Codes(e.Actor1).SequenceEqual(["SYRREB"]) && Codes(e.Actor2).SequenceEqual(["SYRGOV"]));
        var massacre = Single(held, "massacre");
        Assert.Equal(["SYRGOV"], Codes(massacre.Actor1));
        Assert.Equal(Modality.Claimed, massacre.Modality);

        var behind = Single(Analyze("Officials in Aleppo said the jihadists were behind the bombing in Azaz."), "bombing");
        Assert.Equal(["SYRREB"], Codes(behind.Actor1));
    }

    [Fact]
    public void Each_named_participant_of_talks_or_a_deal_takes_part()
    {
        Assert.Equal(["IRQGOV", "TURGOV"], Codes(Single(Analyze("Iraq held talks with Turkey in Ankara."), "held talks").Actor1));
        Assert.Equal(["IRQGOV", "TURGOV"], Codes(Single(Analyze("The Turkish foreign minister met with Iraqi officials in Ankara."), "met with").Actor1));
    }

    [Fact]
    public void A_capital_that_denounces_is_its_government()
    {
        Assert.Contains(Analyze("Ankara denounced the shelling of Azaz as a terrorist act.").Events, e => e.Root == "11" && Codes(e.Actor1).SequenceEqual(["TURGOV"]));
    }

    [Fact]
    public void A_toll_that_counts_fighters_beside_civilians_is_no_massacre()
    {
        Assert.DoesNotContain(Analyze("Forty-five gunmen and four villagers were killed in Azaz during fighting between rival factions on Monday.").Events, e => e.Root == "20");
        Assert.Contains(Analyze("Regime troops killed 40 civilians in Azaz on Tuesday.").Events, e => e.Cameo == "202");
    }

    [Fact]
    public void Actors_and_places_named_in_a_tag_list_are_not_the_sentence_s()
    {
        var e = Single(Analyze("Tags Syria Aleppo Turkey Rebels A bomber struck a wedding in Azaz on Monday."), "bomber");

        Assert.Empty(e.Actor1);
        Assert.Equal("Azaz", e.Place?.Text);
    }

    [Fact]
    public void A_weapon_destroyed_or_made_is_no_bombing_and_the_killing_beside_it_stays()
    {
        var article = Analyze("The army killed five fighters and destroyed a car bomb near Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Root == "18");
        Assert.Equal(["SYRMIL"], Codes(Single(article, "killed").Actor1));
        // At the end of a list of things destroyed, too; a car bomb that goes on to kill is a bombing.
        Assert.DoesNotContain(Analyze("Jets destroyed nine bunkers, four trucks and three car bombs near Azaz.").Events, e => e.Root == "18");
        Assert.Contains(Analyze("Jets destroyed a checkpoint near Azaz and a car bomb killed five soldiers.").Events, e => e.Root == "18");
    }

    [Fact]
    public void Pointing_to_gas_is_no_plan_and_the_one_who_says_so_did_not_use_it()
    {
        var e = Single(Analyze("Ankara says the tests on victims in Azaz point to sarin."), "sarin");

        Assert.Empty(e.Actor1);
        Assert.Equal(Modality.Claimed, e.Modality);
    }

    [Fact]
    public void A_finer_place_further_on_belongs_to_another_phrase_than_the_country_after_the_act()
    {
        var e = Single(Analyze("Turkey has waged a campaign of shelling in Syria for a year that has left Ankara isolated."), "shelling");

        Assert.Equal("SY", e.Place?.Country);
    }

    [Fact]
    public void An_abbreviated_foreign_minister_is_the_government()
    {
        var e = Single(Analyze("Fighting rages in Aleppo while the Turkish FM blames Damascus."), "blames");

        Assert.Equal(["TURGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void Having_to_deal_with_shortages_is_no_deal_and_prospects_for_one_are_hypothetical()
    {
        Assert.DoesNotContain(Analyze("Families in Azaz have to deal with shortages of bread.").Events, e => e.Root == "05");
        Assert.Equal(Modality.Hypothetical, Single(Analyze("Prospects for a deal with the rebels in Azaz looked dim."), "deal").Modality);
    }

    [Fact]
    public void Pledging_to_keep_fighting_is_planned()
    {
        Assert.Equal(Modality.Planned, Single(Analyze("The brigade pledged to keep fighting the army around Azaz."), "fighting").Modality);
    }

    [Fact]
    public void Possessing_chemical_weapons_is_no_chemical_attack()
    {
        Assert.DoesNotContain(Analyze("The army said the militants in Azaz possess chemical weapons.").Events, e => e.Root == "20");
    }

    [Fact]
    public void The_regime_before_a_past_verb_is_its_subject()
    {
        Assert.Equal(["SYRGOV"], Codes(Single(Analyze("The regime carried out an air attack on a camp near Azaz."), "air attack").Actor1));
    }

    [Fact]
    public void The_military_that_a_state_s_officials_speak_of_is_that_state_s()
    {
        var e = Single(Analyze("Fighting went on in Aleppo. Turkish officials said the military fired rockets at a base near Azaz."), "rockets");

        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_siege_is_coded_but_a_besieged_place_named_in_passing_is_a_state()
    {
        Assert.Contains(Analyze("The army has besieged Azaz since March.").Events, e => e.Cameo == "191");
        Assert.Contains(Analyze("The siege of Azaz entered its third week.").Events, e => e.Cameo == "191");
        Assert.DoesNotContain(Analyze("A UN convoy reached the besieged town of Azaz.").Events, e => e.Cameo == "191");
        // A place right after the word is the siege's own: the verb after a bracketed name, or the siege a clinic lies in.
        Assert.Contains(Analyze("Families fled after the [YPG] besieged Azaz in June.").Events, e => e.Cameo == "191");
        Assert.Contains(Analyze("A clinic in besieged eastern Aleppo was hit on Sunday.").Events, e => e.Cameo == "191" && e.Place?.Text == "eastern Aleppo");
    }

    [Fact]
    public void IS_in_capitals_is_the_group_not_a_passive_auxiliary()
    {
        var e = Single(Analyze("IS seized the oil fields near Azaz."), "seized");

        Assert.Equal(["INS"], Codes(e.Actor1));
    }

    [Fact]
    public void Infighting_opening_a_sentence_is_fought_by_those_between_whom_it_is()
    {
        var e = Single(Analyze("Infighting between rebel factions broke out in Azaz."), "Infighting");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void Hitting_is_an_attack_hitting_out_at_is_criticism_and_striking_a_deal_is_an_agreement()
    {
        Assert.Equal("19", Single(Analyze("Turkish jets hit Kurdish positions near Azaz."), "hit").Root);
        Assert.Equal("11", Single(Analyze("Turkish officials hit out at Damascus over the shelling of Azaz."), "hit out at").Root);
        Assert.Equal("05", Single(Analyze("Turkish and Syrian officials struck a deal on Azaz."), "struck a deal").Root);
    }

    [Fact]
    public void A_ministry_in_a_capital_is_that_state_s_and_so_are_its_jets()
    {
        var article = Analyze("Fighting went on in Aleppo. The defence ministry in Ankara said its jets had struck targets near Azaz.");

        Assert.Contains(article.Actors, a => a.Text == "ministry" && a.Code == "TURGOV");
        Assert.Equal(["TURMIL"], Codes(Single(article, "struck").Actor1));
    }

    [Fact]
    public void Saying_someone_was_responsible_accuses_them_and_makes_them_the_alleged_agent()
    {
        var article = Analyze("Turkish officials believe Syrian jets were responsible for the strike on the market in Azaz.");

        var accusation = Single(article, "responsible for");
        Assert.Equal("11", accusation.Root);
        Assert.Equal(["TURGOV"], Codes(accusation.Actor1));
        Assert.Equal(["SYRMIL"], Codes(accusation.Actor2));
        var strike = Single(article, "strike");
        Assert.Equal(["SYRMIL"], Codes(strike.Actor1));
        Assert.Equal(["TURGOV"], Codes(strike.ClaimedBy));
    }

    [Fact]
    public void Responsibility_nobody_alleges_or_that_is_denied_is_no_accusation()
    {
        Assert.DoesNotContain(Analyze("The group responsible for the attack on Azaz is unknown.").Events, e => e.Plover == "ACCUSE");
        Assert.DoesNotContain(Analyze("Ankara said the Turkish army was not responsible for the shelling of Azaz.").Events, e => e.Plover == "ACCUSE");
        Assert.DoesNotContain(Analyze("Turkey has denied those accusations about Azaz.").Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void A_country_leading_the_act_is_its_agent()
    {
        Assert.Equal(["USAMIL"], Codes(Single(Analyze("US-led strikes near Azaz killed nine IS fighters."), "strikes").Actor1));
    }

    [Fact]
    public void Words_inside_a_name_report_no_act()
    {
        Assert.DoesNotContain(Analyze("The Organisation for the Prohibition of Chemical Weapons sent a team to Azaz.").Events, e => e.Root == "20");
    }

    [Fact]
    public void Talks_that_broke_off_are_no_consultation()
    {
        Assert.DoesNotContain(Analyze("Fighting resumed in Azaz after talks between Turkey and the rebels broke off.").Events, e => e.Plover == "CONSULT");
    }

    [Fact]
    public void Air_strikes_are_never_the_rebels_own_nor_taken_from_their_shelling()
    {
        var article = Analyze("Rebels shelled government districts of Azaz on Monday. Air strikes later hit rebel areas of Azaz.");

        Assert.Empty(Single(article, "Air strikes").Actor1);
        Assert.Empty(Single(Analyze("Rebel air strikes hit Azaz."), "air strikes").Actor1);
    }

    [Fact]
    public void The_attack_restating_a_bombing_a_sentence_before_is_that_bombing()
    {
        var article = Analyze("A suicide bomber hit a funeral in Azaz on Monday. Two mourners died in the attack, a relative said.");

        Assert.Equal("1831", Single(article, "attack").Cameo);
        // An indefinite attack is news of its own.
        Assert.Equal("190", Single(Analyze("A suicide bomber hit a funeral in Azaz on Monday. Rebels launched an attack on Aleppo."), "attack").Cameo);
    }

    [Fact]
    public void A_capital_is_a_government_even_with_a_day_or_an_adverb_before_its_verb()
    {
        Assert.Equal(["TURGOV"], Codes(Single(Analyze("Ankara yesterday hit out at Damascus over the shelling of Azaz."), "hit out at").Actor1));
        Assert.Equal(["TURGOV"], Codes(Single(Analyze("Ankara on Monday accused Damascus of shelling Azaz."), "accused").Actor1));
    }

    [Fact]
    public void A_news_agency_reports_attacks_and_does_not_commit_them()
    {
        var e = Single(Analyze("The Anadolu Agency put the toll of the air strikes on Azaz at nine."), "air strikes");

        Assert.Empty(e.Actor1);
    }

    [Fact]
    public void Those_killed_while_fleeing_are_victims_and_the_killer_did_not_flee()
    {
        var article = Analyze("Turkish air strikes killed nine people including children fleeing across the river near Azaz.");

        Assert.DoesNotContain(article.Events, e => e.Root == "08" && e.Actor1.Any(a => a.Country == "TUR"));
    }

    [Fact]
    public void The_attack_a_sentence_ties_to_a_nerve_agent_is_the_chemical_attack()
    {
        var article = Analyze("Samples from those hurt in an attack in Azaz point to exposure to sarin, doctors said.");

        Assert.DoesNotContain(article.Events, e => e.Trigger == "attack");
        Assert.Contains(article.Events, e => e.Root == "20");
    }

    [Fact]
    public void Insurgents_killed_with_no_agent_in_a_report_of_one_army_s_operations_were_killed_by_it()
    {
        var article = Analyze("Army units killed Nusra fighters near Azaz. The army also killed IS fighters in Deir ez-Zor. "
            + "Elsewhere a number of Nusra fighters were killed in Damascus.");

        var last = article.Events.Last(e => e.Root == "19");
        Assert.Equal(["SYRMIL"], Codes(last.Actor1));
        Assert.True(last.Actor1Inherited);
    }

    [Fact]
    public void A_passive_with_no_actor_after_by_keeps_its_subject_as_the_patient()
    {
        var e = Single(Analyze("Turkish troops were hit by an airstrike near Azaz."), "hit");

        Assert.Empty(e.Actor1);
        Assert.Equal(["TURMIL"], Codes(e.Actor2));
    }

    [Fact]
    public void The_worst_bombing_to_hit_a_town_since_a_year_is_one_act_of_today_not_a_plan_of_that_year()
    {
        var e = Assert.Single(Analyze("It was the worst car bomb attack to hit Azaz since 2012.").Events);

        Assert.Equal("1832", e.Cameo);
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Equal(new DateOnly(2016, 5, 9), e.Date?.First);
    }

    [Fact]
    public void Calling_an_act_a_crime_condemns_it_and_the_one_who_says_so_did_not_do_it()
    {
        var article = Analyze("Ankara described Syria's shelling of Azaz as barbaric.");

        var condemnation = Single(article, "barbaric");
        Assert.Equal("11", condemnation.Root);
        Assert.Equal(["TURGOV"], Codes(condemnation.Actor1));
        Assert.DoesNotContain(Single(article, "shelling").Actor1, a => a.Country == "TUR");
        // Words of a report, with nobody saying so, are no condemnation of their own.
        Assert.DoesNotContain(Analyze("War crimes in Azaz drew little notice abroad.").Events, e => e.Trigger == "War crimes");
    }

    [Fact]
    public void Who_says_an_act_was_a_crime_or_that_someone_committed_one_condemns_it()
    {
        var said = Single(Analyze("Fighting went on in Aleppo in Syria. The Turkish president said the shelling of Azaz was a war crime."), "war crime");
        var committed = Single(Analyze("Fighting went on in Aleppo in Syria. Ankara said Syrian troops had committed war crimes in Azaz."), "war crimes");
        var quoted = Single(Analyze("Fighting went on in Aleppo in Syria. \"What they did in Azaz was nothing short of barbaric,\" Turkish foreign ministry spokesman Omer Celik said."), "barbaric");

        Assert.Equal(["TURGOV"], Codes(said.Actor1));
        Assert.Equal(["TURGOV"], Codes(committed.Actor1));
        Assert.Equal(["SYRMIL"], Codes(committed.Actor2));
        Assert.Equal(["TURGOV"], Codes(quoted.Actor1));
    }

    [Fact]
    public void Who_says_acts_amounted_to_war_crimes_condemns_them_and_who_committed_them_is_the_accused()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. Turkey said the raids amounted to war crimes committed by regime forces."), "war crimes");

        Assert.Equal(("111", Modality.Claimed), (e.Cameo, e.Modality));
        Assert.Equal(["TURGOV"], Codes(e.Actor1));
        Assert.Equal(["SYRMIL"], Codes(e.Actor2));
    }

    [Fact]
    public void The_opposition_coalition_is_the_national_coalition()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. The opposition coalition urged the world to act."), "urged");

        Assert.Equal("Syrian National Coalition", Assert.Single(e.Actor1).Group);
    }

    [Fact]
    public void A_country_ending_a_headline_does_not_join_a_role_that_starts_the_lede()
    {
        var article = AnalyzeTitled("Rockets hit a school in Syrias Aleppo", "Militants shelled a school in Azaz on Monday.");

        Assert.DoesNotContain(article.Actors, a => a.Text.Contains('\n'));
        Assert.Contains(article.Actors, a => a.Text == "Militants" && a.Code == "SYRREB");
    }

    [Fact]
    public void State_media_s_words_for_a_capture_and_an_advance_are_events()
    {
        Assert.Equal("192", Single(Analyze("Fighting went on in Syria. Troops established full control over Azaz and its farms on Sunday."), "established full control").Cameo);
        Assert.Equal("192", Single(Analyze("Fighting went on in Syria. Troops liberated the town of Azaz on Sunday."), "liberated").Cameo);
        Assert.Equal(["SYRMIL"], Codes(Single(Analyze("Fighting went on in Syria. The army continued to advance near Azaz on Sunday."), "advance").Actor1));
        var stormed = Single(Analyze("Fighting went on in Syria. The army stormed rebel positions west of Azaz killing 13 fighters."), "stormed");
        Assert.Equal(("190", 13), (stormed.Cameo, stormed.Fatalities));
        Assert.DoesNotContain(Analyze("Fighting went on in Syria. Rebels received advanced weapons in Azaz.").Events, e => e.Trigger == "advanced");
        Assert.DoesNotContain(Analyze("Fighting went on in Syria. The rebels were warned in advance of the strike on Azaz.").Events, e => e.Trigger == "advance");
    }

    [Fact]
    public void Calling_upon_someone_is_an_appeal()
    {
        var e = Single(Analyze("Turkey called upon the world to protect civilians in Azaz."), "called upon");

        Assert.Equal(("020", "REQUEST"), (e.Cameo, e.Plover));
        Assert.Equal(["TURGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void An_inquiry_into_an_act_is_an_investigation_by_who_opens_it()
    {
        var e = Single(Analyze("The UN opened an investigation into the shelling of Azaz on Monday."), "investigation into");

        Assert.Equal(("090", "ACCUSE"), (e.Cameo, e.Plover));
        Assert.Equal(["IGOUNO"], Codes(e.Actor1));
    }

    [Fact]
    public void Joint_patrols_are_military_cooperation_of_both_forces()
    {
        var e = Single(Analyze("Turkish and Iraqi troops began joint patrols near Azaz on Monday."), "joint patrols");

        Assert.Equal(("062", "COOPERATE"), (e.Cameo, e.Plover));
        Assert.Equal(["IRQMIL", "TURMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_demand_is_CAMEO_s_demand_what_it_demands_is_not_done_and_the_gold_rules_score_it_as_an_appeal()
    {
        var article = Analyze("Turkey demanded that the Syrian army withdraw from Azaz on Monday.");
        var demand = Single(article, "demanded");

        Assert.Equal(("100", "REQUEST"), (demand.Cameo, demand.Plover));
        Assert.Equal(Modality.Hypothetical, Single(article, "withdraw").Modality);
        Assert.Equal("02", Assert.Single(Sitrep.Evaluation.GoldEvaluation.Reduce(demand)).Root);
    }

    [Fact]
    public void Condolences_are_an_empathetic_statement_with_no_PLOVER_type()
    {
        var e = Single(Analyze("Turkey offered condolences to the families of those killed in Azaz."), "offered condolences");

        Assert.Equal(("018", ""), (e.Cameo, e.Plover));
        Assert.Equal(["TURGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void Sanctions_imposed_are_CAMEO_163_and_a_curfew_imposed_is_not()
    {
        var e = Single(Analyze("The European Union imposed new sanctions on Syrian officials on Monday."), "imposed");

        Assert.Equal(("163", "SANCTION"), (e.Cameo, e.Plover));
        Assert.Equal(["IGOEEC"], Codes(e.Actor1));
        Assert.Equal(["SYRGOV"], Codes(e.Actor2));
        Assert.DoesNotContain(Analyze("Rebels imposed a curfew in Azaz on Monday.").Events, x => x.Trigger == "imposed");
    }

    [Fact]
    public void Expelling_or_recalling_envoys_and_cutting_ties_reduce_relations_with_the_host_state()
    {
        var expelled = Single(Analyze("Turkey expelled two Iraqi diplomats on Monday."), "expelled");
        Assert.Equal(("161", "SANCTION"), (expelled.Cameo, expelled.Plover));
        Assert.Equal(("TURGOV", "IRQGOV"), (string.Join(",", Codes(expelled.Actor1)), string.Join(",", Codes(expelled.Actor2))));

        // Its own ambassador is not what a state acts against: the state it is recalled from is.
        var recalled = Single(Analyze("Turkey recalled its ambassador from Washington on Monday."), "recalled");
        Assert.Equal(("TURGOV", "USAGOV"), (string.Join(",", Codes(recalled.Actor1)), string.Join(",", Codes(recalled.Actor2))));

        var severed = Single(Analyze("Iraq severed ties with Turkey on Sunday."), "severed ties");
        Assert.Equal(("161", "IRQGOV", "TURGOV"), (severed.Cameo, string.Join(",", Codes(severed.Actor1)), string.Join(",", Codes(severed.Actor2))));

        Assert.DoesNotContain(Analyze("The minister recalled that the truce in Azaz had failed.").Events, x => x.Trigger == "recalled");
    }

    [Theory]
    [InlineData("Rebels released 20 hostages in Azaz on Monday.", "released")]
    [InlineData("Twelve prisoners were released by the army in Azaz.", "released")]
    public void Releasing_people_held_is_a_concession_and_releasing_a_statement_is_not(string sentence, string trigger)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal(("0841", "CONCEDE"), (e.Cameo, e.Plover));
        Assert.Single(e.Actor1);
        Assert.DoesNotContain(Analyze("The army released a statement on the fighting in Azaz.").Events, x => x.Trigger == "released");
    }

    [Fact]
    public void What_a_side_abstains_from_is_not_done()
    {
        var e = Single(Analyze("Turkey said the rebels were abstaining from releasing the detainees held in Azaz."), "releasing");

        Assert.Equal(Modality.Negated, e.Modality);
    }

    [Fact]
    public void Field_visits_are_no_visit_between_parties()
    {
        Assert.DoesNotContain(Analyze("The UN cited field visits and surveys in Azaz.").Events, x => x.Cameo == "042");
    }

    [Theory]
    [InlineData("The Arab League condemned the shelling of Azaz.", "IGOARL")]
    [InlineData("NATO condemned the shelling of Azaz.", "IGONAT")]
    [InlineData("The WFP condemned the shelling of Azaz.", "IGOWFP")]
    public void Regional_and_UN_bodies_are_coded_organisations(string sentence, string code)
    {
        Assert.Equal([code], Codes(Single(Analyze(sentence), "condemned").Actor1));
    }

    [Fact]
    public void A_name_restated_in_brackets_is_one_actor_not_two()
    {
        var e = Single(Analyze("The World Health Organization (WHO) delivered aid to Azaz on Monday."), "delivered aid");

        Assert.Equal(["IGOWHO"], Codes(e.Actor1));
    }

    [Theory]
    [InlineData("Hundreds of protesters took to the streets of Azaz on Friday.", "took to the streets")]
    [InlineData("Thousands joined a rally in Azaz against the regime on Friday.", "rally")]
    public void Taking_to_the_streets_and_a_rally_are_demonstrations(string sentence, string trigger)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal(("141", "PROTEST"), (e.Cameo, e.Plover));
    }

    [Fact]
    public void Walking_out_of_or_boycotting_talks_halts_negotiations_and_pulling_out_of_a_town_is_a_retreat()
    {
        var walkout = Analyze("The High Negotiations Committee walked out of the talks in Ankara on Monday.");
        var e = Single(walkout, "walked out of");
        Assert.Equal(("164", "SANCTION", "SYROPP"), (e.Cameo, e.Plover, Codes(e.Actor1).Single()));
        Assert.DoesNotContain(walkout.Events, x => x.Root == "04");

        Assert.Equal("164", Single(Analyze("The rebels boycotted the talks in Ankara."), "boycotted").Cameo);
        Assert.Equal("0874", Assert.Single(Analyze("Rebels pulled out of Azaz on Monday.").Events).Cameo);
    }

    [Fact]
    public void Executing_people_is_an_execution_and_executing_a_plan_is_not()
    {
        Assert.Equal("1823", Single(Analyze("Gunmen were accused of executing prisoners in Azaz."), "executing").Cameo);
        Assert.DoesNotContain(Analyze("The army is executing its plan to retake Azaz.").Events, e => e.Cameo == "1823");
    }

    [Fact]
    public void An_international_officer_is_coded_as_the_body_and_a_title_before_the_name_is_one_actor()
    {
        var e = Single(Analyze("UN envoy Staffan de Mistura urged all parties in Azaz to respect the truce."), "urged");

        Assert.Equal(["IGOUNO"], Codes(e.Actor1));
        Assert.Equal("Staffan de Mistura", e.Actor1[0].Person);
    }

    [Fact]
    public void Military_police_who_begin_patrolling_are_deployed_forces()
    {
        var e = Single(Analyze("Turkish military police began patrolling the streets of Azaz."), "began patrolling");

        Assert.Equal(("154", "TURMIL"), (e.Cameo, Codes(e.Actor1).Single()));
    }

    [Fact]
    public void An_assassination_is_CAMEO_186_active_passive_or_named_as_a_noun()
    {
        var active = Single(Analyze("Unknown gunmen assassinated a local official in Azaz on Monday."), "assassinated");
        Assert.Equal(("186", "ASSAULT", "SYRUAF"), (active.Cameo, active.Plover, Codes(active.Actor1).Single()));
        Assert.Equal("186", Single(Analyze("A local official was assassinated in Azaz on Monday."), "assassinated").Cameo);
        Assert.Equal("186", Single(Analyze("The assassination of a rebel commander in Azaz shocked the town."), "assassination").Cameo);
    }

    [Fact]
    public void Protests_an_act_sparks_are_not_by_those_the_act_named()
    {
        var article = Analyze("The assassination of a rebel commander in Azaz sparked protests.");

        Assert.DoesNotContain(article.Events, e => e.Root == "14" && e.Actor1.Any(a => a.Code == "SYRREB"));
    }

    [Fact]
    public void Releasing_journalists_is_a_release_and_releasing_a_video_of_a_pilot_is_not()
    {
        Assert.Equal("0841", Single(Analyze("Rebels released two journalists in Azaz on Monday."), "released").Cameo);
        Assert.DoesNotContain(Analyze("Rebels released a video of the captured pilot in Azaz.").Events, e => e.Trigger == "released");
    }

    [Fact]
    public void One_deployment_told_by_two_of_its_words_is_one_event()
    {
        var article = Analyze("The army dispatched reinforcements to Azaz on Monday.");

        Assert.Single(article.Events, e => e.Cameo == "154");
    }
    [Fact]
    public void Firing_on_or_at_someone_is_shooting_and_a_weapon_named_with_it_says_what_was_fired()
    {
        var fired = Single(Analyze("Rebels fired on soldiers in Azaz on Monday."), "fired on");
        var rockets = Analyze("Rebels fired on the town of Azaz with rockets.");

        Assert.Equal(("193", "SYRREB", "SYRMIL"), (fired.Cameo, string.Join(",", Codes(fired.Actor1)), string.Join(",", Codes(fired.Actor2))));
        Assert.Equal("194", Assert.Single(rockets.Events).Cameo);
    }

    [Fact]
    public void Shots_into_the_air_and_a_preposition_of_time_or_amount_after_fired_are_no_shooting()
    {
        Assert.DoesNotContain(Analyze("Soldiers fired into the air to disperse a crowd in Azaz.").Events, e => e.Cameo == "193");
        Assert.DoesNotContain(Analyze("Smoke was shooting into the air over Azaz.").Events, e => e.Cameo == "193");
        Assert.DoesNotContain(Analyze("Rebels fired on Friday several shells at Azaz.").Events, e => e.Cameo == "193");
        Assert.DoesNotContain(Analyze("Rebels attacked Azaz, firing at least 38 rockets.").Events, e => e.Cameo == "193");
    }
    [Fact]
    public void Sending_forces_is_mobilising_them_and_sending_anything_else_is_not()
    {
        var troops = Single(Analyze("Turkey will send more troops to Azaz."), "send");
        var advisers = Single(Analyze("Iraq sent military advisers to Azaz on Monday."), "sent");

        Assert.Equal(("154", Modality.Planned), (troops.Cameo, troops.Modality));
        Assert.Equal(["TURGOV"], Codes(troops.Actor1));
        // The troops sent are Turkey's own, not a target.
        Assert.Empty(troops.Actor2);
        Assert.Equal("154", advisers.Cameo);
        Assert.DoesNotContain(Analyze("The army sent a letter to the UN about Azaz.").Events, e => e.Plover == "MOBILIZE");
        Assert.DoesNotContain(Analyze("Activists sent videos of the shelling of Azaz.").Events, e => e.Plover == "MOBILIZE");
    }

    [Fact]
    public void Forces_a_foreign_state_sends_to_fight_are_its_own_in_the_fight()
    {
        var fight = Single(Analyze("Turkey sent troops to fight Kurdish forces near Azaz."), "fight");

        Assert.Equal(["TURMIL"], Codes(fight.Actor1));
        Assert.Equal(["SYRREB"], Codes(fight.Actor2));
    }
    [Fact]
    public void A_crowd_counted_but_not_named_protests_as_the_country_s_protesters()
    {
        var crowd = Single(Analyze("Thousands of people protested in Azaz against the Turkish presence."), "protested");

        Assert.Equal(["SYROPP"], Codes(crowd.Actor1));
        Assert.Equal("Azaz", crowd.Place?.Name);
        // Protests named with nobody counted or named restate the news.
        Assert.DoesNotContain(Analyze("The protests in Azaz continued.").Events, e => e.Plover == "PROTEST");
    }
    [Fact]
    public void A_phone_call_between_parties_is_one_telephone_consultation()
    {
        var spoke = Single(Analyze("The Turkish president spoke by phone with the Iraqi prime minister about Azaz."), "spoke by phone");
        var adjunct = Analyze("In a phone call on Monday, the Turkish and Iraqi presidents discussed Azaz.");
        var purpose = Analyze("The Turkish president phoned the Iraqi prime minister to discuss Azaz.");
        var told = Single(Analyze("The Turkish foreign minister told his Iraqi counterpart in a telephone conversation that Azaz was calm."), "telephone conversation");

        Assert.Equal(("041", "IRQGOV,TURGOV"), (spoke.Cameo, string.Join(",", Codes(spoke.Actor1))));
        Assert.Equal(("041", "IRQGOV,TURGOV"), (Assert.Single(adjunct.Events).Cameo, string.Join(",", Codes(adjunct.Events[0].Actor1))));
        Assert.Equal(("TURGOV", "IRQGOV"), (string.Join(",", Codes(Assert.Single(purpose.Events).Actor1)), string.Join(",", Codes(purpose.Events[0].Actor2))));
        Assert.Equal(("TURGOV", "IRQGOV"), (string.Join(",", Codes(told.Actor1)), string.Join(",", Codes(told.Actor2))));
    }

    [Fact]
    public void A_phone_call_with_a_reporter_is_an_interview_not_a_consultation()
    {
        Assert.DoesNotContain(Analyze("In a phone call with a SANA reporter, local sources said rebels shelled Azaz.").Events, e => e.Root == "04");
    }
    [Theory]
    [InlineData("The air force carried out sorties against the terrorists' hideouts in Azaz.", "sorties", "195")]
    [InlineData("Army units restored security and stability to Azaz after fierce clashes.", "restored security and stability to", "192")]
    public void Sorties_are_air_strikes_and_restoring_security_to_a_town_retakes_it(string sentence, string trigger, string cameo)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal(cameo, e.Cameo);
        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }
    [Theory]
    [InlineData("Government troops entered Azaz on Tuesday night.", true)]
    [InlineData("Rebels have entered the town of Azaz.", true)]
    [InlineData("The army besieged Azaz, and no relief trucks entered the town in May.", false)]
    [InlineData("Turkish troops entered Syria near Azaz on Wednesday.", false)]
    [InlineData("Jets killed ten rebels who had entered the conflict in Azaz.", false)]
    public void Armed_men_entering_ground_push_into_it(string sentence, bool push)
    {
        Assert.Equal(push, Analyze(sentence).Events.Any(e => e.Trigger == "entered"));
    }
}
