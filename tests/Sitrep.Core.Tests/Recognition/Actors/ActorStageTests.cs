using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Tests.Recognition.Places;

namespace Sitrep.Tests.Recognition.Actors;

public sealed class ActorStageTests
{
    private static Article Analyze(string body, string title = "Report")
    {
        using var dir = new TempDir();
        var pipeline = SitrepPipeline.CreateBuilder(TinyGazetteer.Build(dir)).Build();
        return pipeline.Process(ArticleText.Compose("t", title, body));
    }

    private static string[] Codes(Article article) => article.Actors.Select(a => $"{a.Text}={a.Code}").ToArray();

    [Fact]
    public void Rebel_coalitions_and_legions_are_named_groups_of_the_armed_opposition()
    {
        var article = Analyze("Jaish al-Fateh and Faylaq al-Sham shelled Azaz. Ahrar ash-Sham and Jund al-Aqsa held Aleppo.");

        Assert.Equal(["Army of Conquest", "Faylaq al-Sham", "Ahrar al-Sham", "Jund al-Aqsa"], article.Actors.Select(a => a.Group));
        Assert.Equal(["SYRREB", "SYRREB", "SYRREB", "SYRINS"], article.Actors.Select(a => a.Code));
    }

    [Fact]
    public void The_opposition_s_interim_government_is_the_opposition_not_the_state()
    {
        var article = Analyze("Shelling hit Azaz. A minister of the Syrian Interim Government toured the town, and the opposition interim government asked for aid.");

        Assert.All(article.Actors.Where(a => a.Group == "Syrian Interim Government"), a => Assert.Equal("SYROPP", a.Code));
        Assert.Contains(article.Actors, a => a.Text == "minister" && a.Code == "SYROPP");
        Assert.Contains(article.Actors, a => a.Text == "opposition interim government" && a.Code == "SYROPP");
        Assert.DoesNotContain(article.Actors, a => a.Code == "SYRGOV");
    }

    [Fact]
    public void Iran_s_guards_their_foreign_militias_and_Kurdish_and_rebel_units_are_named_groups_of_their_sides()
    {
        var article = Analyze("Fighters of the Fatemiyoun and the IRGC joined the Tiger Force near Aleppo. "
            + "The YPJ and Asayesh units held Azaz against the Hamza Division, while the PKK was blamed by Ankara. "
            + "Nour al-Din al-Zinki and Hurras al-Deen fighters left Azaz.");

        string[] Named(string group) => [.. article.Actors.Where(a => a.Group == group).Select(a => a.Code).Distinct()];
        Assert.Equal(["IRNMIL"], Named("Liwa Fatemiyoun"));
        Assert.Equal(["IRNMIL"], Named("Islamic Revolutionary Guard Corps"));
        Assert.Equal(["SYRMIL"], Named("Tiger Forces"));
        Assert.Equal(["SYRREB"], Named("Women's Protection Units"));
        Assert.Equal(["SYRREB"], Named("Asayish"));
        Assert.Equal(["SYRREB"], Named("Hamza Division"));
        Assert.Equal(["TURREB"], Named("Kurdistan Workers' Party"));
        Assert.Equal(["SYRREB"], Named("Nour al-Din al-Zenki Movement"));
        Assert.Equal(["SYRINS"], Named("Hurras al-Din"));
    }

    [Fact]
    public void Named_groups_are_found_by_any_alias_with_their_canonical_name()
    {
        var article = Analyze("Jabhat al-Nusra and the FSA attacked. Daesh and ISIS fighters fled from Azaz.");

        Assert.Equal(["Al-Nusra Front", "Free Syrian Army", "Islamic State", "Islamic State"], article.Actors.Select(a => a.Group));
    }

    [Fact]
    public void The_free_army_of_translated_copy_is_the_Free_Syrian_Army_not_a_state_army()
    {
        var article = Analyze("The free army ambushed a convoy near Azaz.");

        var actor = Assert.Single(article.Actors);
        Assert.Equal(("Free Syrian Army", "SYRREB"), (actor.Group, actor.Code));
    }

    [Fact]
    public void A_capitalised_adjective_role_right_after_the_dateline_opens_the_story()
    {
        // The dateline stands in the first sentence, so the word after it is capitalised mid-sentence.
        var article = Analyze("12 March 2016 Terrorist shelling hit Azaz. Later Terrorist Monitor, a website, said so.");

        Assert.Equal(["Terrorist=SYRREB"], Codes(article));
        Assert.NotNull(article.Published?.Span);
    }

    [Fact]
    public void Plural_offices_envoys_and_diplomats_are_their_state_s_government()
    {
        var article = Analyze("The Turkish and Iraqi foreign ministers met in Azaz. US diplomats and a Turkish spokeswoman left. The UN envoy stayed.");

        Assert.Equal(["Turkish and Iraqi foreign ministers=TURGOV", "Turkish and Iraqi foreign ministers=IRQGOV", "US diplomats=USAGOV", "Turkish spokeswoman=TURGOV", "UN envoy=IGOUNO"],
            Codes(article));
    }

    [Fact]
    public void An_office_of_a_named_state_is_that_state_s_and_the_state_in_its_name_is_no_event_place()
    {
        var article = Analyze("Rebels shelled Azaz. The President of Turkey called for calm. The government of Iraq sent envoys.");

        Assert.Equal(["Rebels=SYRREB", "President of Turkey=TURGOV", "government of Iraq=IRQGOV"], Codes(article).Take(3));
        Assert.DoesNotContain(article.Events, e => e.Place?.Precision == PlacePrecision.Country);
    }

    [Fact]
    public void A_home_town_s_capitalised_institution_is_an_actor_of_the_home_country()
    {
        var article = Analyze("Shells hit Azaz. An officer of Aleppo Police Command spoke. Aleppo Health Directorate counted the dead.");

        Assert.Equal(["Police Command=SYRCOP", "Health Directorate=SYRGOV"], Codes(article));
    }

    [Fact]
    public void A_country_before_an_idiom_of_take_is_no_armed_force()
    {
        var article = Analyze("Rebels shelled Azaz and Aleppo on Monday. A truce brokered by Iraq and Turkey took effect in Aleppo on Tuesday.");

        Assert.DoesNotContain(article.Actors, a => a.Code == "TURMIL");
    }

    [Fact]
    public void A_people_named_by_its_plural_demonym_and_acting_is_its_state()
    {
        var article = Analyze("The Americans accused the militants of lying. Later the Iraqis shelled their positions. Thousands of Iraqis live in Azaz.");

        Assert.Contains("Americans=USAGOV", Codes(article));
        Assert.Contains("Iraqis=IRQMIL", Codes(article));
        Assert.Single(article.Actors, a => a.Text == "Iraqis");
    }

    [Fact]
    public void Iraqi_forces_known_by_their_own_names_are_Iraq_s_military()
    {
        var article = Analyze("Peshmerga forces and the Popular Mobilisation Forces pushed on west of Mosul.");

        Assert.Equal(["Peshmerga forces=IRQMIL", "Popular Mobilisation Forces=IRQMIL"], Codes(article));
    }

    [Fact]
    public void The_group_or_side_that_leads_is_read_from_its_hyphenated_word()
    {
        var article = Analyze("A Nusra-led offensive and a rebel-led push reached Azaz. Kurdish-led units held.");

        Assert.Equal(["Nusra-led=SYRINS", "rebel-led=SYRREB"], Codes(article));
        Assert.Equal("Al-Nusra Front", article.Actors[0].Group);
    }

    [Fact]
    public void The_terrorists_after_a_named_group_are_that_group_but_not_within_its_own_clause()
    {
        var article = Analyze("Daesh fighters dug in near Azaz. The terrorists kept a depot there. The Daesh depot was shelled by the terrorists at dawn.");

        var shortForms = article.Actors.Where(a => a.Text == "terrorists").ToArray();
        Assert.Equal(2, shortForms.Length);
        Assert.Equal(("INS", "Islamic State"), (shortForms[0].Code, shortForms[0].Group));
        Assert.Null(shortForms[1].Group);
    }

    [Fact]
    public void A_state_s_institutions_named_by_their_own_names_are_its_government_or_military()
    {
        var article = Analyze("The State Department and the Kremlin traded charges while the Pentagon and US Central Command said jets hit Azaz.");

        Assert.Equal(["State Department=USAGOV", "Kremlin=RUSGOV", "Pentagon=USAMIL", "US Central Command=USAMIL"], Codes(article).Where(c => !c.StartsWith("jets", StringComparison.Ordinal)));
    }

    [Fact]
    public void War_planes_written_as_two_words_are_one_head_after_the_coalition()
    {
        var article = Analyze("Coalition war planes hit Azaz on Monday.");

        Assert.Equal(["Coalition war planes=USAMIL"], Codes(article));
    }

    [Fact]
    public void A_definite_role_repeating_a_foreign_actor_s_head_is_that_actor_again()
    {
        var article = Analyze("The Turkish Defence Ministry said its jets hit Azaz. The ministry added that the army would stay.");

        Assert.Contains("ministry=TURGOV", Codes(article));
        Assert.Contains("army=SYRMIL", Codes(article));
    }

    [Fact]
    public void Each_national_Red_Crescent_is_its_country_s_and_a_bare_Red_Crescent_in_Syria_is_the_Syrian_one()
    {
        var article = Analyze("The Turkish Red Crescent and the Qatar Red Crescent sent trucks to Azaz. Red Crescent teams unloaded them.");

        Assert.Equal(["Turkish Red Crescent=TURNGO", "Qatar Red Crescent=QATNGO", "Red Crescent=SYRNGO"], Codes(article));
    }

    [Fact]
    public void People_are_coded_by_the_office_they_held_and_common_words_in_their_names_are_not_them()
    {
        var article = Analyze("Maria Zakharova said Theresa May may speak to Zahran Alloush. Power cuts hit Azaz in May.");

        Assert.Equal(["Maria Zakharova=RUSGOV", "Theresa May=GBRGOV", "Zahran Alloush=SYRREB"], Codes(article).Where(c => !c.EndsWith("CVL", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_person_the_dictionaries_lack_takes_the_office_that_introduces_them_and_is_known_by_surname_after()
    {
        var article = Analyze("UNICEF Director Alan Quill said six teachers died in Azaz. Quill said the school was hit twice. Lt. Col. Ann Roe of the Turkish army said nothing.");

        var introduced = Assert.Single(article.Actors, a => a.Rule == "office-person");
        Assert.Equal(("Alan Quill", "IGOUNO"), (introduced.Person, introduced.Code));
        Assert.Contains(article.Actors, a => a.Text == "Quill" && a.Person == "Alan Quill");
    }

    [Fact]
    public void A_headline_s_capitalised_words_after_an_office_name_no_one()
    {
        var article = Analyze("Turkish Minister Says Economy Lost Billions", title: "Turkish Minister Says Economy Lost Billions");

        Assert.DoesNotContain(article.Actors, a => a.Rule == "office-person" && article.TitleSpan!.Value.Contains(a.Span));
    }

    [Fact]
    public void Syrian_monitors_are_Syrian_and_international_rights_groups_have_no_country()
    {
        var article = Analyze("The Local Coordination Committees said so; so did Syrian Network for Human Rights staff, as did Human Rights Watch.");

        Assert.Equal(["Local Coordination Committees=SYROPP", "Syrian Network for Human Rights=SYRNGO", "Human Rights Watch=NGOHRW"], Codes(article));
    }

    [Fact]
    public void A_list_of_countries_ending_in_a_country_of_several_words_before_a_verb_are_governments_and_the_one_they_demand_of_too()
    {
        var codes = Codes(Analyze("The council met on Sunday with Turkey Iraq and the United States demanding Syria halt the shelling of Azaz."));

        Assert.Contains("Turkey=TURGOV", codes);
        Assert.Contains("Iraq=IRQGOV", codes);
        Assert.Contains("Syria=SYRGOV", codes);
    }

    [Fact]
    public void They_is_the_group_last_named_but_never_civilians_or_the_press()
    {
        var article = Analyze("The jihadists threatened to kill more FSA fighters after they refused to pledge allegiance. Civilians fled Azaz before they were hit.");

        Assert.Contains(article.Actors, a => a.Text == "they" && a.Group == "Free Syrian Army");
        Assert.DoesNotContain(article.Actors, a => a.Text == "they" && a.Role == "CVL");
    }

    [Fact]
    public void Two_demonyms_side_by_side_are_partners()
    {
        Assert.Equal(["Syrian Turkish jets=SYRMIL", "Syrian Turkish jets=TURMIL"], Codes(Analyze("Syrian Turkish jets pounded Azaz.")).Order().ToArray());
    }

    [Fact]
    public void An_opposition_minister_is_the_opposition_s()
    {
        Assert.Contains("opposition minister=SYRREB", Codes(Analyze("An opposition minister visited Azaz.")));
    }

    [Fact]
    public void A_capital_named_as_an_ally_is_its_government()
    {
        var article = Analyze("Ankara has been shelling Azaz to back its ally Damascus.");

        Assert.Contains("Damascus=SYRGOV", Codes(article));
    }

    [Theory]
    [InlineData("Turkey promised to send more troops to Azaz.", "Turkey=TURGOV")]
    [InlineData("Ankara decided to close the border near Azaz.", "Ankara=TURGOV")]
    [InlineData("Iraq asked the coalition for more air strikes.", "Iraq=IRQGOV")]
    public void A_country_or_capital_that_promises_decides_or_asks_is_its_government(string sentence, string actor)
    {
        Assert.Contains(actor, Codes(Analyze(sentence)));
    }

    [Fact]
    public void A_state_coordinated_with_a_named_group_that_acts_is_its_government()
    {
        var article = Analyze("Turkey and Hezbollah have sent fighters to Azaz. Fighters from Iraq and Hezbollah arrived in Azaz.");

        Assert.Contains("Turkey=TURGOV", Codes(article));
        Assert.DoesNotContain(article.Actors, a => a.Text == "Iraq");
    }

    [Fact]
    public void A_civilian_and_mercenaries_are_actors_but_civilian_as_an_adjective_is_not()
    {
        var article = Analyze("A civilian died in Azaz. Troops killed dozens of foreign mercenaries near Azaz. Civilian casualties rose.");

        Assert.Equal(["civilian=SYRCVL", "Troops=SYRMIL", "mercenaries=SYRREB"], Codes(article));
    }

    [Fact]
    public void An_institution_s_spokesman_is_coded_as_the_institution()
    {
        var article = Analyze("Shells hit Azaz, the Turkish army's spokesman said.");

        Assert.Equal(["Turkish army's spokesman=TURMIL"], Codes(article));
    }

    [Fact]
    public void A_monitoring_group_with_no_name_is_a_bare_NGO()
    {
        var article = Analyze("Shells hit Azaz, a monitoring group said. UN observers will monitor the truce.");

        Assert.Equal(["monitoring group=NGO", "UN=IGOUNO"], Codes(article));
    }

    [Fact]
    public void A_capital_called_on_is_its_government_not_a_place()
    {
        var article = Analyze("Shelling hit Azaz. The Iraqi foreign minister called on Ankara to rein in its forces, and Baghdad is calling on Washington to act.");

        Assert.Contains("Ankara=TURGOV", Codes(article));
        Assert.Contains("Washington=USAGOV", Codes(article));
    }

    [Fact]
    public void A_country_s_possessive_names_whose_act_it_is_across_its_modifiers()
    {
        var codes = Codes(Analyze("Shelling hit Azaz. Iraq said Turkeys unilateral two-day truce was too short, and Turkey's long-awaited offensive began."));

        Assert.Equal(2, codes.Count(c => c == "Turkeys=TURGOV" || c == "Turkey's=TURMIL"));
        Assert.DoesNotContain(Codes(Analyze("Shelling hit Azaz. Syrian children killed in the raid were buried.")), c => c.StartsWith("Syrian", StringComparison.Ordinal));
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        var article = Analyze("The town is quiet, who knows why, said a man in Azaz.");

        Assert.DoesNotContain(article.Actors, a => a.Group is not null);
    }

    [Fact]
    public void Demonyms_compose_with_roles_and_coordination_gives_one_actor_per_country()
    {
        var article = Analyze("Syrian and Turkish warplanes struck Azaz, and Syrian troops advanced.");

        Assert.Equal(["Syrian and Turkish warplanes=SYRMIL", "Syrian and Turkish warplanes=TURMIL", "Syrian troops=SYRMIL"], Codes(article));
    }

    [Fact]
    public void The_state_s_side_before_a_generic_armed_noun_names_state_forces_with_or_without_a_demonym()
    {
        var article = Analyze("Shelling hit Azaz. Syrian government fighters and regime gunmen held the town, and Syrian rebel fighters left.");

        Assert.Equal(["Syrian government fighters=SYRMIL", "regime gunmen=SYRMIL", "Syrian rebel fighters=SYRREB"], Codes(article));
    }

    [Fact]
    public void A_named_group_s_own_men_are_the_group_when_it_is_the_sentence_s_subject()
    {
        var own = Analyze("Shelling hit Azaz. The Nusra Front said its fighters held the town.");
        var other = Analyze("Shelling hit Azaz. The army said the Nusra Front attacked its soldiers.");

        Assert.Equal("fighters=SYRINS", Codes(own)[^1]);
        Assert.Equal("soldiers=SYRMIL", Codes(other)[^1]);
    }

    [Fact]
    public void A_bare_role_takes_the_article_country_and_a_title_names_the_person()
    {
        var article = Analyze("Shelling hit Azaz. The army said government forces held the town, Syrian Foreign Minister Walid al-Muallem said.");

        Assert.Equal(["army=SYRMIL", "government forces=SYRMIL", "Syrian Foreign Minister Walid al-Muallem=SYRGOV"], Codes(article));
        Assert.Equal("Walid al-Muallem", article.Actors[^1].Person);
    }

    [Fact]
    public void A_country_that_tells_or_assures_someone_is_its_government()
    {
        var told = Analyze("Turkey told the rebels in Azaz that aid would come.");
        var assured = Analyze("Shelling hit Azaz. Iraq assured Turkey of its support.");

        Assert.Contains("Turkey=TURGOV", Codes(told));
        Assert.Contains("Iraq=IRQGOV", Codes(assured));
    }

    [Fact]
    public void Capitals_standing_for_governments_are_coded_as_governments()
    {
        var article = Analyze("Damascus and Ankara traded accusations over Azaz.");

        Assert.Equal(["Damascus=SYRGOV", "Ankara=TURGOV"], Codes(article));
    }

    [Fact]
    public void So_called_labels_the_actor_it_runs_into_and_nothing_else()
    {
        var article = Analyze("Damascus said the so-called moderate rebels shelled Azaz. The so-called truce did not hold, the so-called Syrian Observatory said.");

        var labels = article.Labels.Select(l => (l.Text, l.Actor)).ToList();
        Assert.Equal(2, labels.Count);
        Assert.Equal(("so-called moderate", "SYRREB"), labels[0]);
        Assert.Equal("Syrian Observatory for Human Rights", labels[1].Actor);
    }

    [Fact]
    public void One_word_labels_side_by_side_are_said_of_the_actor_they_name_not_of_the_one_before()
    {
        var article = Analyze("Shelling hit Azaz. Activists said regime thugs and shabiha killed ten people in the town.");

        var label = Assert.Single(article.Labels, l => l.Text == "regime thugs");
        Assert.Equal("SYRMIL", label.Actor);
        Assert.Equal("SYRMIL", Assert.Single(article.Actors, a => a.Text == "shabiha").Code);
        Assert.Null(Assert.Single(article.Actors, a => a.Text == "Activists").Label);
    }

    [Fact]
    public void After_telling_someone_it_is_the_teller_and_they_are_not_an_it()
    {
        var article = Analyze("Turkey warned the Kurdish militia it would strike if they did not leave Azaz.");

        Assert.Equal("TURGOV", Assert.Single(article.Actors, a => a.Text == "it").Code);
        Assert.Equal("SYRREB", Assert.Single(article.Actors, a => a.Text == "they").Code);
        var strike = Assert.Single(article.Events, e => e.Trigger == "strike");
        Assert.Equal(["TURGOV"], strike.Actor1.Select(a => a.Code));
    }

    [Fact]
    public void Loaded_terms_become_labels_without_changing_the_actor()
    {
        var article = Analyze("Takfiri terrorists shelled Azaz. Rebel groups, wrongly referred to as moderate, were blamed. The regime denied it.");

        var labels = article.Labels.Select(l => (l.Text, l.Actor, l.Polarity)).ToList();
        Assert.Contains(("Takfiri terrorists", "SYRREB", "negative"), labels);
        Assert.Contains(("regime", "SYRGOV", "negative"), labels);
        var terrorists = Assert.Single(article.Actors, a => a.Text == "terrorists");
        Assert.Equal(("SYRREB", "Takfiri terrorists"), (terrorists.Code, terrorists.Label));
        Assert.All(article.Labels, l => Assert.Equal(l.Text, article[l.Span]));
        Assert.All(article.Actors, a => Assert.Equal(a.Text, article[a.Span]));
    }

    [Fact]
    public void A_role_word_used_as_an_adjective_is_not_an_actor_but_one_speaking_is()
    {
        var article = Analyze("Military measures continued near Azaz. The government said the military was ready, an army spokesman added.");

        Assert.Equal(["government=SYRGOV", "military=SYRMIL", "army spokesman=SYRMIL"], Codes(article));
    }

    [Fact]
    public void A_capitalised_role_after_the_is_the_institution_unless_a_name_follows_it()
    {
        Assert.Contains("Air Force=SYRMIL", Codes(Analyze("Shells hit Azaz. Later the Air Force struck depots near the town.")));
        Assert.DoesNotContain(Analyze("Fighters of the Army of Conquest held Azaz.").Actors, a => a.Code == "SYRMIL");
    }

    [Fact]
    public void A_person_after_the_office_of_a_body_takes_the_body_s_code_and_is_then_known_by_surname()
    {
        var article = Analyze("The head of the Syrian Coalitions legal committee Riyad Karimi spoke on Monday. Later Karimi urged the UN to act.");

        Assert.Contains("Syrian Coalitions legal committee Riyad Karimi=SYROPP", Codes(article));
        Assert.Contains("Karimi=SYROPP", Codes(article));
    }

    [Fact]
    public void A_headline_may_name_by_surname_a_person_the_body_introduces_later()
    {
        var article = Analyze("The head of the Syrian Coalitions legal committee Riyad Karimi spoke on Monday. He urged the UN to act.",
            title: "Karimi Urges UN to Act on Azaz");

        var headline = Assert.Single(article.Actors, a => a.Text == "Karimi");
        Assert.Equal(("SYROPP", "Riyad Karimi", "surname"), (headline.Code, headline.Person, headline.Rule));
    }

    [Theory]
    [InlineData("Shelling hit Azaz. Foreign Minister Mevlut Cavusoglu said aid would come.", "Foreign Minister Mevlut Cavusoglu=TURGOV")]
    [InlineData("Shelling hit Azaz. President Recep Tayyip Erdogan said aid would come.", "President Recep Tayyip Erdogan=TURGOV")]
    public void A_bare_title_before_a_known_person_is_that_person_s_office_not_the_home_government(string body, string expected)
    {
        var article = Analyze(body);

        Assert.Contains(expected, Codes(article));
        Assert.DoesNotContain(article.Actors, a => a.Code == "SYRGOV");
    }

    [Theory]
    [InlineData("Sergei Lavrov, the Russian foreign minister, met John Kerry in Geneva on Monday. He said the talks went well.", "Sergei Lavrov")]
    [InlineData("John Kerry spoke to Sergei Lavrov by phone. Then he flew to Ankara.", "John Kerry")]
    [InlineData("Shells hit Azaz. Sergei Lavrov condemned it. Later John Kerry met rebels, and he said they would talk again.", "John Kerry")]
    public void He_is_the_first_person_of_the_last_sentence_that_named_one_not_whom_that_person_met(string body, string person)
    {
        var article = Analyze(body);

        var he = Assert.Single(article.Actors, a => a.Rule == "pronoun");
        Assert.Equal(person, he.Person);
    }

    [Fact]
    public void A_surname_deep_in_the_body_before_the_introduction_is_left_alone()
    {
        var article = Analyze("Shells hit Azaz. Karimi is a common name there. Later the head of the Syrian Coalitions legal committee Riyad Karimi spoke.");

        Assert.DoesNotContain(article.Actors, a => a.Text == "Karimi");
    }

    [Fact]
    public void Condemnation_from_the_United_States_is_its_government_s()
    {
        var article = Analyze("The raid on Azaz met sharp condemnation from the United States.");

        Assert.Contains("United States=USAGOV", Codes(article));
    }

    [Fact]
    public void A_capital_that_steps_up_something_is_its_government_and_it_is_the_state_again()
    {
        var article = Analyze("Fighting went on in Aleppo. Ankara stepped up its aid to the rebels in Aleppo when it launched an air campaign.");

        Assert.Equal(["Ankara=TURGOV", "rebels=SYRREB", "it=TURGOV"], Codes(article));
    }

    [Fact]
    public void It_is_never_a_backer_a_person_or_a_plural()
    {
        var backed = Analyze("Fighting went on in Aleppo. The army backed by Turkey shelled Azaz as it prepared an offensive.");
        var person = Analyze("Fighting went on in Aleppo. The army met President Erdogan when it shelled Azaz.");
        var plural = Analyze("Fighting went on in Aleppo. Turkey backed the rebels when it shelled Azaz.");

        Assert.Contains("it=SYRMIL", Codes(backed));
        Assert.Contains("it=SYRMIL", Codes(person));
        Assert.Contains("it=TURGOV", Codes(plural));
    }

    [Fact]
    public void It_before_is_or_was_is_no_one()
    {
        var article = Analyze("Turkey said it was unclear who shelled Azaz.");

        Assert.DoesNotContain(article.Actors, a => a.Text == "it");
    }

    [Fact]
    public void Warplanes_or_fighters_of_a_named_group_are_the_group()
    {
        var article = Analyze("Clashes went on in Aleppo. Tents near Azaz were hit by the warplanes of the US-led coalition. Fighters of the Nusra Front fled.");

        Assert.Contains("warplanes of the US-led coalition=USAMIL", Codes(article));
        Assert.Contains(article.Actors, a => a.Group == "Al-Nusra Front" && a.Text.StartsWith("Fighters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_listed_among_allies_is_its_government_and_a_country_at_war_is_not()
    {
        var allies = Analyze("Clashes went on in Aleppo. The raids were part of a push by Damascus and its allies including Turkey.");
        var atWar = Analyze("Clashes went on in Aleppo. Iraq has been at war for years.");

        Assert.Contains("Turkey=TURGOV", Codes(allies));
        Assert.DoesNotContain(atWar.Actors, a => a.Text == "Iraq");
    }

    [Fact]
    public void A_legislature_is_coded_for_the_state_named_with_it_and_never_by_default()
    {
        var named = Analyze("The Turkish parliament spoke about Azaz. So did Syria's parliament.");
        var bare = Analyze("Lawmakers spoke about Azaz on Monday.");

        Assert.Equal(["TURLEG", "SYRLEG"], named.Actors.Select(a => a.Code));
        Assert.Empty(bare.Actors);
    }

    [Fact]
    public void A_Kurdish_militia_is_the_Kurdish_armed_group_not_the_state_s_militias()
    {
        var article = Analyze("A Kurdish militia drove the jihadists from Azaz.");

        Assert.Contains(article.Actors, a => a.Group == "People's Protection Units" && a.Code == "SYRREB");
    }

    [Fact]
    public void Aircrafts_is_an_armed_plural_too()
    {
        var article = Analyze("Clashes went on in Aleppo. Turkish aircrafts bombed Azaz.");

        Assert.Contains("Turkish aircrafts=TURMIL", Codes(article));
    }

    [Fact]
    public void A_capital_s_possessive_names_its_state_s_office()
    {
        var article = Analyze("Clashes went on in Aleppo. Ankara's foreign ministry denounced the raids on Azaz.");

        Assert.Contains("Ankara's foreign ministry=TURGOV", Codes(article));
    }

    [Fact]
    public void Troops_loyal_to_a_capital_are_its_forces_and_the_capital_is_no_place_of_theirs()
    {
        var article = Analyze("Clashes went on in Aleppo. Militias loyal to Ankara seized two villages near Azaz.");

        Assert.Contains("Militias loyal to Ankara=TURMIL", Codes(article));
        Assert.Equal(["SY.09"], article.Events.Where(e => e.Trigger == "seized").Select(e => e.Place?.Admin1?.Code));
    }

    [Theory]
    [InlineData("The rebel Free Syrian Army shelled Azaz.", "Free Syrian Army")]
    [InlineData("The opposition Syrian National Coalition condemned the shelling of Azaz.", "Syrian National Coalition")]
    public void A_role_adjective_before_a_named_group_describes_it_and_is_no_second_actor(string sentence, string group)
    {
        Assert.Equal([group], Analyze(sentence).Actors.Select(a => a.Group));
    }

    [Fact]
    public void A_loaded_adjective_before_a_named_group_labels_that_group()
    {
        var article = Analyze("The terrorist Nusra Front shelled Azaz.");

        var label = Assert.Single(article.Labels);
        Assert.Equal(("terrorist", "Al-Nusra Front"), (label.Text, label.Actor));
    }

    [Theory]
    [InlineData("Kurdish forces shelled Azaz on Monday.", "Kurdish forces", "People's Protection Units")]
    [InlineData("Kurdish fighters shelled Azaz on Monday.", "Kurdish fighters", "People's Protection Units")]
    [InlineData("Kurdish-led forces shelled Azaz on Monday.", "Kurdish-led forces", "Syrian Democratic Forces")]
    public void Kurdish_forces_are_the_Kurdish_militias_not_the_state_s_army(string sentence, string mention, string group)
    {
        var actor = Assert.Single(Analyze(sentence).Actors);

        Assert.Equal((mention, "SYRREB", group), (actor.Text, actor.Code, actor.Group));
    }

    [Theory]
    [InlineData("Rebels allied with Turkey shelled the town of Azaz on Monday.", "Rebels allied with Turkey")]
    [InlineData("Rebels loyal to Ankara seized two villages near Azaz.", "Rebels loyal to Ankara")]
    public void Rebels_allied_with_a_foreign_state_are_still_rebels_of_the_country_they_fight_in(string sentence, string mention)
    {
        var article = Analyze(sentence);

        Assert.Equal([mention + "=SYRREB"], Codes(article));
        Assert.Equal("SY.09", article.FocusPlace?.Admin1?.Code);
        Assert.Equal("SYRREB", Assert.Single(Assert.Single(article.Events).Actor1).Code);
    }

    [Fact]
    public void A_capital_coordinated_with_an_armed_side_as_a_subject_is_its_government()
    {
        var article = Analyze("Clashes went on in Aleppo. Damascus and rebel groups have traded accusations of breaking the truce.");

        Assert.Contains("Damascus=SYRGOV", Codes(article));
    }

    [Theory]
    [InlineData("MSF's international president faulted the UN.", "MSF's international president")]
    [InlineData("MSFs president faulted the UN.", "MSFs president")]
    [InlineData("Hezbollahs top commander vowed revenge.", "Hezbollahs top commander")]
    [InlineData("The head of QRCSs clinics in Turkey faulted the raids.", "head")]
    [InlineData("A spokesman for the Syrian Observatory for Human Rights faulted the raids.", "spokesman")]
    public void A_group_s_own_officer_speaks_for_the_group_not_for_the_country(string sentence, string officer)
    {
        var article = Analyze("Clashes went on in Aleppo. " + sentence);

        var actor = Assert.Single(article.Actors, a => a.Text == officer);
        Assert.NotNull(actor.Group);
        Assert.DoesNotContain(article.Actors, a => a.Code == "SYRGOV");
    }

    [Theory]
    [InlineData("The move angered Turkey, which supports rebels near Azaz.", "Turkey=TURGOV")]
    [InlineData("Rebels distrust the militia because it cooperates with Damascus.", "Damascus=SYRGOV")]
    public void A_state_acting_in_a_relative_clause_or_as_a_partner_is_its_government(string sentence, string expected)
    {
        var article = Analyze("Clashes went on in Aleppo. " + sentence);

        Assert.Contains(expected, Codes(article));
    }

    [Fact]
    public void It_is_waging_is_the_state_acting()
    {
        var article = Analyze("Clashes went on in Aleppo. Ankara said it is waging a campaign near Azaz.");

        Assert.Contains("it=TURGOV", Codes(article));
    }

    [Fact]
    public void A_sentence_opening_with_It_goes_on_about_the_group_the_one_before_named()
    {
        var article = Analyze("Clashes went on in Aleppo. The US-led coalition denied the report. It is separately waging a campaign near Azaz.");

        Assert.Contains(article.Actors, a => a.Text == "It" && a.Group == "US-led coalition");
    }

    [Fact]
    public void It_opening_a_sentence_about_a_plain_role_is_left_alone()
    {
        var article = Analyze("Clashes went on in Aleppo. Rebels denied the report. It said nothing more.");

        Assert.DoesNotContain(article.Actors, a => a.Text == "It");
    }

    [Fact]
    public void Officials_copy_quotes_often_are_known_people_and_an_ordinary_word_is_not_one()
    {
        var article = Analyze("Clashes went on in Aleppo. Rudskoy said strikes would resume. The talks began in earnest.");

        Assert.Contains("Rudskoy=RUSMIL", Codes(article));
        Assert.DoesNotContain(article.Actors, a => a.Text == "earnest");
    }

    [Fact]
    public void A_delegation_speaks_for_its_side_and_tribal_leaders_and_tribesmen_are_their_country_s()
    {
        var article = Analyze("The Syrian delegation and the opposition delegation met in Azaz. Tribal leaders backed the talks while tribesmen fought near Aleppo.");

        Assert.Equal(["SYRGOV", "SYRREB", "SYRCVL", "SYRUAF"], article.Actors.Select(a => a.Code));
    }

    [Fact]
    public void A_known_person_s_surname_after_another_given_name_is_the_person_the_article_introduces()
    {
        var article = Analyze("Iraqi Foreign Minister Ibrahim al-Jaafari visited Azaz. Al-Jaafari said aid would follow.");

        Assert.Equal(["IRQGOV", "IRQGOV"], article.Actors.Select(a => a.Code));
        Assert.Equal("Ibrahim al-Jaafari", article.Actors[0].Person);
    }

    [Fact]
    public void A_capitalised_role_between_lowercase_words_is_the_institution()
    {
        var article = Analyze("A source said that Army units shelled Azaz. Fighters of the Army of Conquest held Aleppo.");

        Assert.Equal("SYRMIL", Assert.Single(article.Actors, a => a.Text == "Army").Code);
    }

    [Fact]
    public void An_adjective_role_after_the_and_before_a_preposition_or_auxiliary_is_the_institution()
    {
        var article = Analyze("A monitor denounced abuses carried out by the regime against farmers near Azaz. The opposition has left the talks, but the government side stayed.");

        Assert.Equal(["A monitor=NGO", "regime=SYRGOV", "opposition=SYRREB"], Codes(article));
    }

    [Fact]
    public void A_counterpart_is_an_actor_only_after_a_demonym()
    {
        var article = Analyze("The Turkish foreign minister met his American counterpart in Ankara. Later his counterpart in Azaz said little.");

        Assert.Equal(["Turkish foreign minister=TURGOV", "American counterpart=USAGOV"], Codes(article));
    }
}
