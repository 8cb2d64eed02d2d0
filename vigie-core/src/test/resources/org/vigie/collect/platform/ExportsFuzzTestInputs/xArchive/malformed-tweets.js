window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "favorite_count" : "5",
      "id_str" : "1760000000000000001",
      "retweet_count" : "0",
      "created_at" : "Mon Feb 05 07:00:00 +0000 2024",
      "full_text" : "Niamey : les commerçants du grand marché rouvrent leurs boutiques après les travaux."
    }
  },
  {
    "tweet" : {
      "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "favorite_count" : "0",
      "id_str" : "1760000000000000002",
      "retweet_count" : "0",
      "created_at" : "Mon Feb 05 08:00:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "id_str" : "1760000000000000003",
      "created_at" : "lundi 5 février",
      "full_text" : "Zinder : la date de ce tweet est écrite en français."
    }
  },
  {
    "tweet" : {
      "id_str" : "1760000000000000004",
      "full_text" : "Maradi : ce tweet n'a pas de virgule"
      "created_at" : "Mon Feb 05 10:00:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "favorite_count" : "12",
      "id_str" : "1760000000000000005",
      "retweet_count" : "4",
      "created_at" : "Mon Feb 05 11:30:00 +0000 2024",
      "full_text" : "Agadez : reprise des vols vers Niamey annoncée pour la semaine prochaine."
    }
  }
]
