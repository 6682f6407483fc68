using Sitrep.Coding;
using Sitrep.Recognition.Actors;
using Sitrep.Recognition.Dates;
using Sitrep.Recognition.Places;
using Sitrep.Recognition.Places.Gazetteer;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>The standard stage order. Later stages (actors, events) are added here as they land.</summary>
public static class SitrepPipeline
{
    /// <param name="gazetteer">Without one, the place stages are left out.</param>
    public static PipelineBuilder CreateBuilder(Gazetteer? gazetteer)
    {
        var builder = new PipelineBuilder()
            .Add(new ParagraphStage())
            .Add(new SentenceStage())
            .Add(new TokenStage())
            .Add(new PublicationDateStage())
            .Add(new DateRecognitionStage());
        if (gazetteer is not null)
        {
            builder.Add(new PlaceStage(gazetteer))
                .Add(new FocusStage());
        }
        return builder.Add(new ActorStage(gazetteer))
            .Add(new QuoteStage())
            .Add(new EventStage(gazetteer));
    }

    /// <summary>
    /// Every stage, with the default gazetteer. Built once: the pipeline is immutable and shared by
    /// every caller and thread.
    /// </summary>
    /// <exception cref="GazetteerUnavailableException">The gazetteer index is not built.</exception>
    public static ArticlePipeline Default => s_default.Value;

    /// <summary>Text and date stages only: for work that needs no places, and for their tests.</summary>
    public static ArticlePipeline WithoutGazetteer => s_withoutGazetteer.Value;

    private static readonly Lazy<ArticlePipeline> s_default = new(() => CreateBuilder(Gazetteer.Default).Build());
    private static readonly Lazy<ArticlePipeline> s_withoutGazetteer = new(() => CreateBuilder(null).Build());
}
