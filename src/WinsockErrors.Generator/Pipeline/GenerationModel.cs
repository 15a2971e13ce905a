using WinsockErrors.Generator.Emit;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Pipeline;

/// <summary>What the emitters get: the checked data file and the name-hash plan (null when none could be found).</summary>
/// <remarks>Nothing is emitted without a plan, and there is none when no entry is left: the diagnostics say why.</remarks>
internal sealed record GenerationModel(DataFileModel Data, NameHashPlan? NamePlan);
