namespace Groupement.Functions.Email;

internal static partial class NotificationTemplates
{
    /// <summary>The console's sign-in link, to a person of a groupement's staff (GroupementName lists their groupements).</summary>
    private static NotificationContent SignIn(NotificationModel m) => new(
        $"Votre lien de connexion à la console – {m.GroupementName}",
        [
            $"Vous avez demandé à vous connecter à la console de coordination (groupement « {m.GroupementName} »).",
            "Ce lien est valable 15 minutes et ne sert qu'une seule fois. Ne le transférez pas : il ouvre une session à votre nom.",
        ],
        "Se connecter",
        Closing: ["Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : personne ne peut se connecter sans ce lien."]);
}
