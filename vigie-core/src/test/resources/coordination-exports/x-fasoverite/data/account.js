window.YTD.account.part0 = [
  {
    "account" : {
      "createdVia" : "web",
      "username" : "FasoVerite",
      "accountId" : "9081726354",
      "createdAt" : "2023-11-02T09:12:44.000Z",
      "accountDisplayName" : "Faso Vérité"
    }
  }
]
