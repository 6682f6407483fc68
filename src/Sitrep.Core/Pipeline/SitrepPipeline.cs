using Sitrep.Recognition.Dates;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>The standard stage order. Later stages (places, actors, events) are added here as they land.</summary>
public static class SitrepPipeline
{
    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .Add(new ParagraphStage())
        .Add(new SentenceStage())
        .Add(new TokenStage())
        .Add(new PublicationDateStage())
        .Add(new DateRecognitionStage());

    /// <summary>Built once: the pipeline is immutable and shared by every caller and thread.</summary>
    public static ArticlePipeline Default => s_default.Value;

    private static readonly Lazy<ArticlePipeline> s_default = new(() => CreateBuilder().Build());
}
