// Public API tracking (PublicApiAnalyzers, PublicAPI.*.txt) covers the hand-written runtime. The types below are
// generated from specs/ by the generator: their surface follows the spec and is pinned by the generator tests and
// the end-to-end consumer test. A new generated type fails the build (RS0016) until it is listed here on purpose.
using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.ErrorResponse", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.GetAllStyleTransferTasksBadRequestResponse", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.GetAllStyleTransferTasksBadRequestResponseProblem", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.GetAllStyleTransferTasksBadRequestResponseProblemInvalidParamsItem", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.MagnificClient", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.MagnificClientOptions", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.MagnificExamples", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.MagnificJsonContext", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.MagnificServiceCollectionExtensions", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.MagnificTask", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.MagnificTaskStatus", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.MagnificTaskStatusExtensions", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.Seedance2MiniRequest", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.Seedance2MiniRequestAspectRatio", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.Seedance2MiniRequestAspectRatioExtensions", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.Seedance2MiniRequestDuration", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.Seedance2MiniRequestDurationExtensions", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.TaskDetail", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.TaskDetailResponse", Justification = "Generated from the spec")]
[assembly: SuppressMessage("ApiDesign", "RS0016:Add public types and members to the declared API", Scope = "type", Target = "~T:Seedance.Contracts.TaskListResponse", Justification = "Generated from the spec")]
