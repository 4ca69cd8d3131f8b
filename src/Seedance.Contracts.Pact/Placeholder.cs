namespace Seedance.Contracts.Pact { internal static class Placeholder { } }
