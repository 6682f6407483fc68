using Sitrep.Model;

namespace Sitrep.Cli.Output;

/// <summary>Where analysed articles go, one at a time; disposing completes the output.</summary>
public interface IArticleSink : IDisposable
{
    void Write(Article article);
}
