window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "a.sow@example.org",
      "createdVia" : "web",
      "username" : "AbdoulayeSow_ML",
      "accountId" : "1122334455",
      "createdAt" : "2012-05-03T14:22:10.000Z",
      "accountDisplayName" : "Abdoulaye Sow"
    }
  }
]
