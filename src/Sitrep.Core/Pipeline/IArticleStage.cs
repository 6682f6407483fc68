using Sitrep.Model;

namespace Sitrep.Pipeline;

/// <summary>
/// One pipeline component: reads the layers it <see cref="Requires"/> and fills the layers it
/// <see cref="Assigns"/>. Implementations must be stateless or thread-safe: one frozen pipeline is
/// shared by every thread.
/// </summary>
public interface IArticleStage
{
    string Name { get; }

    IReadOnlyList<string> Requires { get; }

    IReadOnlyList<string> Assigns { get; }

    void Process(Article article, AnalysisOptions options);
}
